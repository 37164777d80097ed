"""The Qt-free core: reading, structure, alignment, stance marks, notes and export."""
