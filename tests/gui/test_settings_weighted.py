"""The settings panel's "Weighted model" box (spec section 7): enabled only with a weight mapped,
it switches Table 6 between the weighted and the unweighted fit."""

from PySide6.QtCore import QPoint, Qt

from clusterdesk.gui.settings_panel import SettingsPanel
from clusterdesk.mapping.model import Settings

ROLES = {"product", "employees", "sector"}


def test_weighted_model_box_follows_the_weight_and_edits_the_setting(qtbot):
    panel = SettingsPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_available(ROLES, ["A", "B"])
    panel.set_settings(Settings())
    box = panel.weighted_model
    assert box.text() == "Weighted model"
    assert not box.isEnabled() and not box.isChecked()  # no weight mapped
    assert panel.settings.weighted_model is True  # the stored choice is kept
    assert panel.se.isEnabled()

    panel.set_available(ROLES | {"weight"}, ["A", "B"])
    assert box.isEnabled() and box.isChecked()
    assert not panel.se.isEnabled()  # a weighted fit always has sandwich errors
    with qtbot.waitSignal(panel.settingsChanged, timeout=2000) as changed:
        # on the tick box itself: a click right of the text misses a QCheckBox
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert changed.args[0].weighted_model is False
    assert panel.se.isEnabled()
    panel.set_settings(Settings(weighted_model=False, se="robust"))
    assert not box.isChecked() and panel.settings == Settings(weighted_model=False, se="robust")
