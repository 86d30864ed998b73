"""The Jinja sandbox that chat templates run in, with budgets on top of Jinja's own.

``ImmutableSandboxedEnvironment`` already refuses ``__class__``/``__globals__`` walks
and mutation of our objects. It does not stop a template from looping for hours
or building a gigabyte string, so here every ``for`` loop pulls its items through
a counter, every value a template builds is size-checked, width and repeat
arguments are capped, and a render has a deadline.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

import jinja2
import jinja2.ext
from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from core.engine.errors import ChatTemplateError

__all__ = ["MAX_TEMPLATE_CHARS", "MAX_TEXT_CHARS", "SANDBOX", "SecurityError", "render_budget"]

MAX_TEMPLATE_CHARS = 1 << 20
MAX_TEXT_CHARS = 4 << 20  # the largest string or list a template may build
MAX_STEPS = 2_000_000  # loop iterations + attribute, item and call steps per render
MAX_SECONDS = 2.0
MAX_NUMBER_BITS = 1 << 16  # far beyond any number a prompt prints (Python prints 4300 digits)
_WIDE_FORMAT = re.compile(r"%[-+ #0]*\d{5,}|\{[^{}]*?\d{5,}[^{}]*\}")


class _Budget:
    """Counts the work of one render and stops it when it runs away."""

    def __init__(self) -> None:
        self.steps = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def spend(self, n: int = 1) -> None:
        self.steps += n
        if self.steps > MAX_STEPS:
            raise ChatTemplateError(
                "The chat template does too much work (it looks like a runaway loop)"
            )
        if self.steps & 0x3FF == 0 and time.monotonic() > self.deadline:
            raise ChatTemplateError(
                f"The chat template did not finish within {MAX_SECONDS:g} seconds"
            )


_budget: contextvars.ContextVar[_Budget] = contextvars.ContextVar("chat_template_budget")


def _spend(n: int = 1) -> None:
    budget = _budget.get(None)
    if budget is not None:
        budget.spend(n)


def _check_size(value: Any) -> Any:
    """Refuse a string or list bigger than any prompt could need."""
    if isinstance(value, str | bytes | list | tuple | dict) and len(value) > MAX_TEXT_CHARS:
        raise ChatTemplateError("The chat template builds a value too large to be a prompt")
    return value


def _check_args(args: Iterable[Any]) -> None:
    """Refuse width or repeat arguments that would allocate gigabytes (ljust, center, indent)."""
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_TEXT_CHARS:
            raise ChatTemplateError("The chat template asks for an implausibly large number")


def _check_format(fmt: Any) -> None:
    """Refuse a format string with a width that would allocate gigabytes ('%999999999d')."""
    if isinstance(fmt, str) and _WIDE_FORMAT.search(fmt):
        raise ChatTemplateError("The chat template asks for an implausibly wide format")


def _check_big_numbers(operator: str, left: Any, right: Any) -> None:
    """Refuse arithmetic whose integer result would be astronomically large.

    One ``**`` or ``*`` on big integers is a single C call that no step budget or deadline
    can interrupt: ``(((256 ** 256) ** 256) ** 256) ** 256`` runs for minutes.
    """
    if not (isinstance(left, int) and isinstance(right, int)):
        return
    if operator == "**" and right > 0 and left.bit_length() * right > MAX_NUMBER_BITS:
        raise ChatTemplateError("The chat template computes an implausibly large number")
    if operator == "*" and left.bit_length() + right.bit_length() > MAX_NUMBER_BITS:
        raise ChatTemplateError("The chat template computes an implausibly large number")


def _budgeted_iter(value: Any) -> Iterator[Any]:
    """Every template ``for`` loop iterates through this, so nested loops cannot run forever."""
    for item in value:
        _spend()
        yield item


def _budgeted_range(*args: int) -> Iterator[int]:
    _check_args(args)
    return _budgeted_iter(range(*args))


def _guard_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a built-in filter with the argument and result checks."""

    def guarded(*args: Any, **kwargs: Any) -> Any:
        _check_args(args)
        _check_args(kwargs.values())
        if func.__name__ == "do_format":
            _check_format(next((a for a in args if isinstance(a, str)), None))
        _spend()
        return _check_size(func(*args, **kwargs))

    for attr in ("jinja_pass_arg",):
        if hasattr(func, attr):
            setattr(guarded, attr, getattr(func, attr))
    return guarded


def _raise_exception(message: str) -> None:
    raise ChatTemplateError(f"The chat template refused the conversation: {message}")


def _strftime_now(fmt: str) -> str:
    _check_format(fmt)
    return datetime.now().strftime(fmt)


def _tojson(
    value: Any, ensure_ascii: bool = False, indent: int | None = None, **kwargs: Any
) -> str:
    """Like transformers' tojson: plain JSON, not HTML-escaped, so prompts match training."""
    _check_args([indent] if indent is not None else [])
    return _check_size(json.dumps(value, ensure_ascii=ensure_ascii, indent=indent, **kwargs))


class _GenerationTag(jinja2.ext.Extension):
    """Accept transformers' ``{% generation %}`` marker and render its body unchanged."""

    tags = {"generation"}

    def parse(self, parser: jinja2.parser.Parser) -> nodes.Node:
        lineno = next(parser.stream).lineno
        body = parser.parse_statements(("name:endgeneration",), drop_needle=True)
        return nodes.Scope(body, lineno=lineno)


class _TemplateSandbox(ImmutableSandboxedEnvironment):
    """The sandbox plus size and work budgets on every operation a template performs."""

    intercepted_binops = frozenset(["*", "**", "+", "%", "//"])

    def __init__(self) -> None:
        super().__init__(
            trim_blocks=True,
            lstrip_blocks=True,
            extensions=[jinja2.ext.loopcontrols, _GenerationTag],
            undefined=jinja2.Undefined,
        )
        self.filters = {name: _guard_filter(f) for name, f in self.filters.items()}
        self.filters["tojson"] = _tojson
        self.filters["budgeted_iter"] = _budgeted_iter
        self.globals.update(
            range=_budgeted_range,
            raise_exception=_raise_exception,
            strftime_now=_strftime_now,
        )

    def _generate(self, source: nodes.Template, *args: Any, **kwargs: Any) -> str:  # type: ignore[override]
        for loop in source.find_all(nodes.For):
            loop.iter = nodes.Filter(loop.iter, "budgeted_iter", [], [], None, None)
        return super()._generate(source, *args, **kwargs)

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        _spend()
        if operator == "**" and isinstance(right, int) and abs(right) > 256:
            raise ChatTemplateError("The chat template raises a number to an implausible power")
        _check_big_numbers(operator, left, right)
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(times, int):
                    if len(seq) * times > MAX_TEXT_CHARS:
                        raise ChatTemplateError(
                            "The chat template builds a value too large to be a prompt"
                        )
        if (
            operator == "+"
            and isinstance(left, str | list | tuple)
            and isinstance(right, str | list | tuple)
        ):
            if len(left) + len(right) > MAX_TEXT_CHARS:
                raise ChatTemplateError("The chat template builds a value too large to be a prompt")
        if operator == "%":
            _check_format(left)
        return _check_size(super().call_binop(context, operator, left, right))

    def unsafe_undefined(self, obj: Any, attribute: str) -> jinja2.Undefined:
        """Refuse at once instead of handing back an Undefined that prints as nothing."""
        raise SecurityError(
            f"access to attribute {attribute!r} of {type(obj).__name__!r} is unsafe"
        )

    def getattr(self, obj: Any, attribute: str) -> Any:
        _spend()
        if isinstance(obj, str) and attribute in ("format", "format_map"):
            _check_format(obj)
        return _check_size(super().getattr(obj, attribute))

    def getitem(self, obj: Any, argument: Any) -> Any:
        _spend()
        return _check_size(super().getitem(obj, argument))

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        _spend()
        _check_args(args)
        _check_args(kwargs.values())
        return _check_size(super().call(__context, __obj, *args, **kwargs))


SANDBOX = _TemplateSandbox()


@contextlib.contextmanager
def render_budget() -> Iterator[None]:
    """Give one render its own step counter and deadline."""
    token = _budget.set(_Budget())
    try:
        yield
    finally:
        _budget.reset(token)
