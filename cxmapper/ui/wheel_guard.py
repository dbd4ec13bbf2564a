"""The mouse wheel scrolls a form; it changes a field only when the user is in that field.

Qt's combo boxes, spin boxes and sliders take wheel events whenever the pointer is over them,
even without keyboard focus. In a long scrolling form (the Inspector) that means scrolling
down the panel silently changes whatever drop-down passes under the pointer: a new user's
card changed channel four times that way. The usual fix for Qt forms, applied here: such
fields take focus only by click or Tab (``Qt.StrongFocus``, not ``WheelFocus``), and a wheel
over an unfocused one is handed to the scroll area around it instead. Depends on QtWidgets only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollBar, QWidget

#: The kinds of field whose value a wheel turn changes.
GUARDED_TYPES: tuple[type[QWidget], ...] = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class WheelGuard(QObject):
    """Event filter that keeps the wheel from changing unfocused value fields (see module docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Send a wheel over an unfocused field to the enclosing scroll area; let all else through."""
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = _scroll_area(watched)
        if area is not None:
            # The viewport's wheel handler scrolls the area exactly as a wheel over empty space would.
            QCoreApplication.sendEvent(area.viewport(), event)
        else:
            event.ignore()  # not in a scroll area: let the parent widgets have it
        return True


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def guard_wheel(root: QWidget, guard: WheelGuard | None = None) -> WheelGuard:
    """Protect every value field under ``root`` (call again after adding fields; it is idempotent).

    Args:
        root: the form, dock or dialog whose fields to protect.
        guard: the filter to install; a new one, parented to ``root``, when None.

    Returns:
        The installed filter, to reuse for fields added later.
    """
    if guard is None:
        guard = WheelGuard(root)
        guard.setObjectName("wheelGuard")
    for kind in GUARDED_TYPES:
        for field in root.findChildren(kind):
            if isinstance(field, QScrollBar):
                continue  # a scroll bar is the scrolling, not a value
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            field.removeEventFilter(guard)  # installing twice would filter twice
            field.installEventFilter(guard)
    return guard
