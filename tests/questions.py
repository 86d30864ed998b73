"""Short English questions the model-running tests ask (the first six are the usual set)."""

QUESTIONS = [
    "What is the capital of France?",
    "Name three colours of the rainbow.",
    "How many legs does a spider have?",
    "Write one sentence about the sea.",
    "What do bees make?",
    "Give me a word that rhymes with cat.",
    "Why do leaves fall in autumn?",
    "What is two plus two?",
]
