"""Comparing models: evaluation sets, answers, blind votes, a judge, and the leaderboard.

What a window needs: ``eval_sets`` (list, make and read sets), the jobs ``arena_answers``
(``answers.run``) and ``arena_judge`` (``judge.run``) through ``core.jobs``,
``votes.next_pair`` / ``votes.record_vote`` for blind voting, and
``leaderboard.leaderboard`` / ``leaderboard.export_csv`` for the figures and charts.
"""
