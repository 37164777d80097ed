"""The Correct menu's commands, the buttons under the detail, and when each can be used."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from weerwoord.gui import editing, theme
from weerwoord.gui.correcting import Corrector
from weerwoord.gui.corrections_files import CorrectionsFiles
from weerwoord.gui.detail import DetailPanel
from weerwoord.gui.host import Host
from weerwoord.gui.open_pair import OpenPair
from weerwoord.gui.reply_cuts import ReplyCuts


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class CorrectActions:
    """One action per correction (carried out by the corrector and its helpers), enabled as the pair allows."""

    def __init__(self, corrector: Corrector, host: Host, detail: DetailPanel) -> None:
        self.pair: OpenPair = corrector.pair
        self.corrector = corrector
        self.detail = detail
        self.cuts = cuts = ReplyCuts(corrector)
        self.files = files = CorrectionsFiles(corrector)
        c = corrector
        a = host.action
        self.act_relink = a(
            _t("&Link to reply…"),
            c.relink_dialog,
            "Ctrl+Shift+L",
            "fa6s.link",
            _t("Choose the reply that answers this recommendation"),
        )
        self.act_unanswered = a(
            _t("Mark &unanswered"),
            c.mark_unanswered,
            "Ctrl+Shift+U",
            "fa6s.link-slash",
            _t("The response does not answer this recommendation"),
        )
        self.act_link_selection = a(
            _t("Link to &selected reply"),
            c.link_to_selection,
            "Ctrl+Shift+K",
            "fa6s.paperclip",
            _t("Link this recommendation to the reply you selected text in"),
        )
        self.act_verdict = a(
            _t("Set &verdict…"),
            c.verdict_dialog,
            "Ctrl+Shift+V",
            "fa6s.gavel",
            _t("Override the verdict, with a short reason"),
        )
        self.act_remove_mark = a(
            _t("&Remove mark"),
            c.remove_mark,
            "Ctrl+Shift+Del",
            "fa6s.eraser",
            _t("Remove the mark selected in the list"),
        )
        self.act_add_marks: dict[str, QAction] = {}
        for i, category in enumerate(theme.CATEGORY_LOOKS, start=1):
            word = theme.category_word(category)
            act = a(
                QCoreApplication.translate("MainWindow", "Mark selection as {0}").format(word.lower()),
                lambda cat=category: c.add_mark(cat),
                f"Ctrl+Shift+{i}",
                None,
                QCoreApplication.translate("MainWindow", "Add a mark from the text selected in the response"),
            )
            act.setIcon(theme.category_icon(category))
            self.act_add_marks[category] = act
        self.act_add_rec = a(
            _t("Make &recommendation from selection…"),
            c.add_recommendation,
            "Ctrl+Shift+R",
            "fa6s.plus",
            _t("Turn the text selected in the advice into a recommendation"),
        )
        self.act_edit_rec = a(
            _t("&Edit recommendation…"),
            c.edit_recommendation,
            "Ctrl+Shift+T",
            "fa6s.pen",
            _t("Change the number or text of a recommendation you added"),
        )
        self.act_find_more = a(
            _t("&Find more like these…"),
            c.find_more,
            "Ctrl+Shift+M",
            "fa6s.magnifying-glass-plus",
            _t("Propose the other passages set like the recommendations already marked"),
        )
        self.act_cut_reply = a(
            _t("This is the &reply to the recommendation"),
            cuts.cut_reply,
            "Ctrl+Shift+P",
            "fa6s.scissors",
            _t("The text selected in the response is exactly the reply to this recommendation"),
        )
        self.act_cut_like = a(
            _t("Cut the &other replies like this one…"),
            cuts.cut_like,
            "Ctrl+Shift+O",
            "fa6s.wand-magic",
            _t("Propose the other replies of the response that start like the ones you cut"),
        )
        self.act_extend_reply = a(
            _t("E&xtend the reply with the selection"),
            cuts.extend_reply,
            "Ctrl+Shift+X",
            "fa6s.up-right-and-down-left-from-center",
            _t("The reply takes in the text selected in the response, and what lies between"),
        )
        self.act_merge_sections = a(
            _t("&Merge the selected sections"),
            cuts.merge_sections,
            "Ctrl+Shift+J",
            "fa6s.object-group",
            _t("The reply and the section you selected text in, or the sections your selection runs over, become one"),
        )
        self.act_split_section = a(
            _t("S&plit the section here"),
            cuts.split_section,
            "Ctrl+Shift+B",
            "fa6s.scissors",
            _t("The section splits where the selection in the response starts, or at the caret (F7)"),
        )
        self.act_export_corrections = a(
            _t("E&xport corrections…"),
            files.export_corrections,
            "Ctrl+Shift+Alt+X",
            None,
            _t("Write this pair's corrections to a small file to share"),
        )
        self.act_import_corrections = a(
            _t("&Import corrections…"),
            lambda: files.import_corrections(),
            "Ctrl+Shift+Alt+I",
            None,
            _t("Add a colleague's corrections of these documents"),
        )
        self.act_undo = a(
            _t("&Undo correction"),
            c.undo,
            QKeySequence.StandardKey.Undo,
            "fa6s.rotate-left",
            _t("Undo the last correction"),
        )
        self.act_redo = a(
            _t("Re&do correction"),
            c.redo,
            QKeySequence.StandardKey.Redo,
            "fa6s.rotate-right",
            _t("Redo the correction you undid"),
        )
        self.act_reset_pair = a(
            _t("Reset this pair to &automatic"),
            c.reset_pair,
            "Ctrl+Shift+A",
            "fa6s.wand-magic-sparkles",
            _t("Drop your corrections to this pair"),
        )
        self.act_reset_all = a(
            _t("Reset &all to automatic"),
            c.reset_all,
            "Ctrl+Shift+Alt+A",
            None,
            _t("Drop all your corrections to these documents"),
        )

    def put_under_detail(self) -> None:
        """The most used corrections as buttons under the detail, with short labels."""
        shorts = (
            (self.act_relink, QCoreApplication.translate("MainWindow", "Link to reply…")),
            (self.act_unanswered, QCoreApplication.translate("MainWindow", "No reply")),
            (self.act_verdict, QCoreApplication.translate("MainWindow", "Set verdict…")),
            (self.act_remove_mark, QCoreApplication.translate("MainWindow", "Remove mark")),
            (self.act_undo, QCoreApplication.translate("MainWindow", "Undo")),
            (self.act_reset_pair, QCoreApplication.translate("MainWindow", "Reset pair")),
        )
        for act, _short in shorts:
            self.detail.add_button(act)
        for act, short in shorts:
            act.setIconText(short)

    def update(self) -> None:
        """Enable what the pair, its analysis and the selections allow; say what Undo and Redo would do."""
        pair = self.pair
        ready = pair.ready()
        current = pair.current_pair()
        has_pair = ready and current is not None
        for act in (self.act_relink, self.act_unanswered, self.act_verdict):
            act.setEnabled(has_pair)
        self.act_remove_mark.setEnabled(has_pair and self.detail.current_mark() >= 0)
        response_sel = pair.has_selection("response")
        advice_sel = pair.has_selection("advice")
        self.act_link_selection.setEnabled(has_pair and response_sel)
        for act in (self.act_cut_reply, self.act_extend_reply):
            act.setEnabled(has_pair and response_sel)
        self.act_merge_sections.setEnabled(ready and response_sel)
        self.act_split_section.setEnabled(ready)  # at the selection, or at the caret (F7), which moves unannounced
        self.act_cut_reply.setText(
            QCoreApplication.translate("MainWindow", "This is the &reply to recommendation {0}").format(current.number)
            if has_pair
            else QCoreApplication.translate("MainWindow", "This is the &reply to the recommendation")
        )
        for act in self.act_add_marks.values():
            act.setEnabled(ready and response_sel)
        self.act_add_rec.setEnabled(ready and advice_sel)
        self.act_edit_rec.setEnabled(has_pair and current.recommendation.manual)
        self.act_find_more.setEnabled(ready and pair.comparison() is not None)
        self.act_cut_like.setEnabled(ready and pair.comparison() is not None and bool(pair.corrections.reply_cuts))
        keeper = pair.keeper
        self.act_export_corrections.setEnabled(ready and keeper.key is not None)
        self.act_import_corrections.setEnabled(ready and keeper.key is not None)
        can_undo, can_redo = ready and keeper.can_undo(), ready and keeper.can_redo()
        self.act_undo.setEnabled(can_undo)
        self.act_redo.setEnabled(can_redo)
        undo, redo = self.corrector.undo_text(), self.corrector.redo_text()
        self.act_undo.setText(
            QCoreApplication.translate("MainWindow", "&Undo {0}").format(undo)
            if can_undo and undo
            else QCoreApplication.translate("MainWindow", "&Undo correction")
        )
        self.act_redo.setText(
            QCoreApplication.translate("MainWindow", "Re&do {0}").format(redo)
            if can_redo and redo
            else QCoreApplication.translate("MainWindow", "Re&do correction")
        )
        self.act_reset_pair.setEnabled(has_pair and editing.concerns(pair.corrections, current.number))
        self.act_reset_all.setEnabled(ready and not pair.corrections.is_empty())
