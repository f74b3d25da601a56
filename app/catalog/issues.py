"""Issues: what is wrong with a cell or a row, at what level, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from enum import StrEnum
from typing import Any

from app.catalog.messages import HINTS, MESSAGES, Lang, render


class Level(StrEnum):
    ERROR = "error"  # the row cannot be sent
    WARNING = "warning"  # the row can be sent; the merchant should look


class Origin(StrEnum):
    LOCAL = "local"  # found by our own checks
    STORE = "store"  # reported by the store's answer


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem, on one field of a row (``field`` is None for the whole row).

    ``key`` and ``params`` select a translated message; for problems reported by the store,
    ``code``, ``server_message`` and ``server_hint`` keep the store's own words verbatim.
    """

    field: str | None
    key: str
    level: Level = Level.ERROR
    params: dict[str, Any] = dc_field(default_factory=dict, hash=False, compare=True)
    code: str | None = None
    origin: Origin = Origin.LOCAL
    server_message: str | None = None
    server_hint: str | None = None

    @property
    def is_error(self) -> bool:
        return self.level is Level.ERROR

    def message(self, lang: Lang = "en") -> str:
        if self.server_message is not None and self.key == "server":
            return self.server_message
        params = dict(self.params)
        if "label" not in params and self.field is not None:
            from app.catalog.fields import label_of

            params["label"] = label_of(self.field, lang)
        if "kind" in params and isinstance(params["kind"], str):
            from app.catalog.messages import KIND_WORDS

            pair = KIND_WORDS.get(params["kind"])
            if pair:
                params["kind"] = pair[1] if lang == "id" else pair[0]
        return render(MESSAGES, self.key, params, lang) or self.key

    def hint(self, lang: Lang = "en") -> str:
        if self.server_hint:
            return self.server_hint
        if self.code:
            from app.catalog.codes import code_hint

            hint = code_hint(self.code, lang)
            if hint:
                return hint
        return render(HINTS, self.key, dict(self.params), lang)

    def to_json(self, lang: Lang = "en") -> dict[str, Any]:
        return {
            "field": self.field,
            "level": self.level.value,
            "code": self.code,
            "message": self.message(lang),
            "hint": self.hint(lang) or None,
        }


def store_issue(
    code: str | None,
    message: str,
    field: str | None,
    *,
    hint: str | None = None,
    level: Level = Level.ERROR,
) -> Issue:
    """An issue the store reported, kept in the store's words."""
    return Issue(
        field=field,
        key="server",
        level=level,
        code=code,
        origin=Origin.STORE,
        server_message=message or (code or ""),
        server_hint=hint,
        params={"message": message},
    )
