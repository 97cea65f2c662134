"""NDI and ODI item forms: each item 0-5, the score shown live and saved as items change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from bodymap.i18n import QT_TRANSLATE_NOOP
from bodymap.model import Instrument, MeasureTiming, OutcomeMeasure, ValidationError
from bodymap.model.measures import ndi_measure, odi_measure, questionnaire_items
from bodymap.model.scoring import ndi_band, ndi_score, odi_band, odi_percent
from bodymap.ui.i18n import number, term, translate
from bodymap.ui.record.forms import FieldError, error_text
from bodymap.ui.record.measure_store import MeasureStore
from bodymap.ui.record.needling_editor import NOT_RECORDED
from bodymap.ui.theme import hex_colour

#: Disability band names (bodymap.model.scoring), marked for translation.
BAND_NAMES = (
    QT_TRANSLATE_NOOP("Terms", "none"),
    QT_TRANSLATE_NOOP("Terms", "mild"),
    QT_TRANSLATE_NOOP("Terms", "moderate"),
    QT_TRANSLATE_NOOP("Terms", "severe"),
    QT_TRANSLATE_NOOP("Terms", "complete"),
    QT_TRANSLATE_NOOP("Terms", "minimal"),
    QT_TRANSLATE_NOOP("Terms", "crippled"),
    QT_TRANSLATE_NOOP("Terms", "bed-bound or exaggerating"),
)


class QuestionnaireForm(QWidget):
    """A 10-item NDI or ODI form, each item 0-5, with the score shown live as items change.

    Args:
        instrument: NDI or ODI.
        sections: the 10 item titles.
        parent: the owning widget.
    """

    def __init__(
        self, instrument: Instrument, sections: tuple[str, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.instrument = instrument
        self.store: MeasureStore | None = None
        self._stored: OutcomeMeasure | None = None
        self.error = FieldError()
        self.score_label = QLabel()
        self.items: list[QComboBox] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for row, title in enumerate(sections):
            combo = QComboBox()
            combo.addItem(NOT_RECORDED, None)
            for answer in range(6):
                combo.addItem(str(answer), answer)
            # "ODI item 3, Lifting": what the reader says, not the stored key.
            combo.setAccessibleName(
                translate("QuestionnaireForm", "{instrument} item {number}, {title}").format(
                    instrument=instrument.value.upper(), number=row + 1, title=term(title)
                )
            )
            combo.currentIndexChanged.connect(self._changed)
            label = QLabel(f"{row + 1}. {term(title)}")
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self.items.append(combo)
        grid.setColumnStretch(0, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.score_label)
        column.addLayout(grid)
        column.addWidget(self.error)

    def show_measures(self, store: MeasureStore, measures: list[OutcomeMeasure]) -> None:
        """Show this visit's stored answers."""
        self.store = None
        self._stored = next((m for m in measures if m.instrument is self.instrument), None)
        answers = questionnaire_items(self._stored) if self._stored else (None,) * 10
        for combo, answer in zip(self.items, answers, strict=False):
            combo.setCurrentIndex(0 if answer is None else answer + 1)
        self._show_score()
        self.store = store

    def answers(self) -> list[int | None]:
        """The chosen answer of each item (None when not answered)."""
        return [combo.currentData() for combo in self.items]

    def _show_score(self) -> bool:
        answers = self.answers()
        if all(a is None for a in answers):
            self.score_label.setText(
                translate(
                    "QuestionnaireForm", "<span style='color:{MUTED_COLOUR}'>Not completed</span>"
                ).format(MUTED_COLOUR=hex_colour("muted"))
            )
            return False
        try:
            if self.instrument is Instrument.NDI:
                score = ndi_score(answers)
                text = translate(
                    "QuestionnaireForm", "Score <b>{score} / 50</b> ({percent} %) — {band}"
                ).format(
                    score=number(score.out_of_50),
                    percent=number(score.percent),
                    band=term(ndi_band(score.out_of_50)),
                )
            else:
                percent = odi_percent(answers)
                text = translate("QuestionnaireForm", "Score <b>{percent} %</b> — {band}").format(
                    percent=number(percent), band=term(odi_band(percent))
                )
        except ValidationError as error:
            self.score_label.setText(
                translate(
                    "QuestionnaireForm", "<span style='color:{MUTED_COLOUR}'>{error_text}</span>"
                ).format(MUTED_COLOUR=hex_colour("muted"), error_text=error_text(error))
            )
            return False
        answered = sum(a is not None for a in answers)
        note = (
            ""
            if answered == 10
            else translate("QuestionnaireForm", " (prorated over {count} items)").format(
                count=answered
            )
        )
        self.score_label.setText(text + note)
        return True

    def _changed(self) -> None:
        scorable = self._show_score()
        if self.store is None or not scorable:
            return
        build: Callable[..., OutcomeMeasure] = (
            ndi_measure if self.instrument is Instrument.NDI else odi_measure
        )
        result = self.store.put(self._stored, build(self.answers(), MeasureTiming.NONE), self.error)
        if result.ok:
            self._stored = result.measure
