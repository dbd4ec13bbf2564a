"""The editor's widgets: main window, docks, dialogs and the start page.

Everything here sits on top of the canvas and the undo commands; no widget changes the model
except by pushing a command onto the window's `QUndoStack`.
"""
