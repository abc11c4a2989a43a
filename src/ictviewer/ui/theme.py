"""Light and dark themes: the Fusion style with a palette, following the system.

`resolve(mode)` turns the user's choice ("system", "light", "dark") into the
scheme to paint with; `apply(app, scheme)` sets the palette, the font and the
stylesheet. Colours used inside the reader's and the comparison's HTML come
from `reader_colours` (one table per theme for both pages, so a colour is
changed in one place) and follow the theme too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ictviewer import paths

# Families that cover Latin, Cyrillic and the Kazakh letters (ә ғ қ ң ө ұ ү һ і),
# in order of preference on Windows, macOS and Linux.
UI_FAMILIES = ["Segoe UI", "Noto Sans", "Cantarell", "Helvetica Neue", "DejaVu Sans", "Arial"]
READER_FAMILIES = ["Noto Serif", "Cambria", "Georgia", "DejaVu Serif", "Times New Roman", "serif"]
MONO_FAMILIES = ["Noto Sans Mono", "Consolas", "Menlo", "DejaVu Sans Mono", "monospace"]


@dataclass(frozen=True)
class ReaderColours:
    text: str
    muted: str
    accent: str
    border: str
    panel: str
    mark: str
    mark_text: str
    current: str
    draft: str
    base: str  # the page's background
    passage_bg: str  # shared verbatim wording (comparison)
    delete_fg: str  # deleted words (comparison's changes)
    delete_bg: str
    insert_fg: str  # inserted words
    insert_bg: str


LIGHT = ReaderColours(
    text="#1f2328",
    muted="#656d76",
    accent="#1f5fa8",
    border="#d0d7de",
    panel="#f4f6f8",
    mark="#ffe066",
    mark_text="#1f2328",
    current="#e8f0fb",
    draft="#a0460a",
    base="#ffffff",
    passage_bg="#dddddd",  # Paul Tol's pale grey, the palette's neutral
    delete_fg="#1f2328",
    delete_bg="#f9c5b4",
    insert_fg="#1f2328",
    insert_bg="#c2dcf4",
)
DARK = ReaderColours(
    text="#e6e6e6",
    muted="#9da5ae",
    accent="#79b0ff",
    border="#3d444d",
    panel="#262b31",
    mark="#8a6d00",
    mark_text="#ffffff",
    current="#1d3049",
    draft="#f0a060",
    base="#1e2227",
    passage_bg="#3b424c",
    delete_fg="#ffab91",
    delete_bg="#4a2a22",
    insert_fg="#8ccbff",
    insert_bg="#1b3550",
)


def system_scheme() -> str:
    """ "dark" or "light" as the desktop asks (light when it does not say)."""
    app = QGuiApplication.instance()
    if app is None:
        return "light"
    scheme = QGuiApplication.styleHints().colorScheme()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def resolve(mode: str) -> str:
    return mode if mode in ("light", "dark") else system_scheme()


def reader_colours(scheme: str) -> ReaderColours:
    return DARK if scheme == "dark" else LIGHT


def mix(colour: str, base: str, amount: float) -> str:
    """`amount` of `colour` over `base` (0..1), as #rrggbb: tints, fades, dark-theme washes.

    One function for the features that tint with the theme's colours (a comparison's
    concepts and legend swatches, a precedent's runs), so a tint is computed alike.
    """
    a, b = rgb(colour), rgb(base)
    return "#" + "".join(
        f"{round(x * amount + y * (1 - amount)):02x}" for x, y in zip(a, b, strict=True)
    )


def rgb(colour: str) -> tuple[int, int, int]:
    """ "#rrggbb" as its three channels, 0..255."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def palette(scheme: str) -> QPalette:
    if scheme == "dark":
        return _palette(
            window="#2b2f35",
            window_text="#e6e6e6",
            base="#1e2227",
            alternate="#252a30",
            text="#e6e6e6",
            button="#353a41",
            button_text="#e6e6e6",
            highlight="#3d7bd9",
            highlighted_text="#ffffff",
            link="#79b0ff",
            tooltip_base="#3a3f46",
            tooltip_text="#e6e6e6",
            placeholder="#8b939c",
            disabled="#7a8088",
            mid="#4a5058",
            dark="#16191d",
            light="#454b53",
            shadow="#0c0d0f",
        )
    return _palette(
        window="#eff1f3",
        window_text="#1f2328",
        base="#ffffff",
        alternate="#f5f7f9",
        text="#1f2328",
        button="#e9ecef",
        button_text="#1f2328",
        highlight="#2f6fca",
        highlighted_text="#ffffff",
        link="#1f5fa8",
        tooltip_base="#ffffe1",
        tooltip_text="#1f2328",
        placeholder="#7d848c",
        disabled="#9aa1a8",
        mid="#b8bec5",
        dark="#8c939b",
        light="#ffffff",
        shadow="#5c636a",
    )


def _palette(**c: str) -> QPalette:
    p = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    for r, name in (
        (role.Window, "window"),
        (role.WindowText, "window_text"),
        (role.Base, "base"),
        (role.AlternateBase, "alternate"),
        (role.Text, "text"),
        (role.Button, "button"),
        (role.ButtonText, "button_text"),
        (role.Highlight, "highlight"),
        (role.HighlightedText, "highlighted_text"),
        (role.Link, "link"),
        (role.LinkVisited, "link"),
        (role.ToolTipBase, "tooltip_base"),
        (role.ToolTipText, "tooltip_text"),
        (role.PlaceholderText, "placeholder"),
        (role.Mid, "mid"),
        (role.Dark, "dark"),
        (role.Light, "light"),
        (role.Midlight, "light"),
        (role.Shadow, "shadow"),
    ):
        p.setColor(r, QColor(c[name]))
    p.setColor(role.BrightText, QColor("#ff5555"))
    for r in (role.WindowText, role.Text, role.ButtonText, role.PlaceholderText):
        p.setColor(group.Disabled, r, QColor(c["disabled"]))
    p.setColor(group.Disabled, role.Highlight, QColor(c["mid"]))
    p.setColor(group.Inactive, role.Highlight, QColor(c["highlight"]).darker(115))
    p.setColor(group.Inactive, role.HighlightedText, QColor(c["highlighted_text"]))
    return p


def available(families: list[str]) -> list[str]:
    """The families of `families` installed here, in order (asking for a missing
    family makes Qt search aliases and warn); DejaVu Sans as a last resort."""
    installed = {name.lower(): name for name in QFontDatabase.families()}
    found = [installed[f.lower()] for f in families if f.lower() in installed]
    return found or ["DejaVu Sans"]


def css_families(families: list[str]) -> str:
    return ", ".join(f"'{name}'" for name in available(families))


def ui_font(point_size: float | None = None) -> QFont:
    font = QFont()
    font.setFamilies(available(UI_FAMILIES))
    if point_size is not None:
        font.setPointSizeF(point_size)
    return font


def stylesheet(scheme: str) -> str:
    """The application stylesheet (resources/style.qss) with the theme's colours filled in."""
    text = paths.resource_path("style.qss").read_text("utf-8")
    text = text.replace("@ui_families", css_families(UI_FAMILIES))
    colours = reader_colours(scheme)
    # Longest names first, so "@mark_text" is never read as "@mark" followed by "_text".
    for name, value in sorted(vars(colours).items(), key=lambda item: -len(item[0])):
        text = text.replace(f"@{name}", value)
    return text


def apply(app: QApplication, scheme: str) -> None:
    """Paint the whole application in `scheme` ("light" or "dark")."""
    if app.style().name().lower() != "fusion":
        app.setStyle(QStyleFactory.create("Fusion"))
    if app.property("ictviewer_scheme") == scheme:
        return  # re-polishing every widget is slow; nothing would change
    app.setPalette(palette(scheme))
    app.setStyleSheet(stylesheet(scheme))
    app.setProperty("ictviewer_scheme", scheme)


def current_scheme() -> str:
    app = QApplication.instance()
    scheme = app.property("ictviewer_scheme") if app is not None else None
    return scheme if scheme in ("light", "dark") else "light"
