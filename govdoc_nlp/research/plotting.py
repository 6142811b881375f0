"""Figures with Chinese labels: pick an installed CJK font for matplotlib."""

from __future__ import annotations

CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Serif CJK SC", "Noto Sans CJK JP", "Noto Serif CJK JP", "AR PL UMing CN",
                "AR PL UMing TW MBE", "WenQuanYi Zen Hei", "SimHei", "Microsoft YaHei", "PingFang SC")


def use_cjk_font() -> str | None:
    """Set matplotlib's font family to the first installed CJK font (``CJK_FAMILIES``, else any font
    file whose name says CJK/uming/wqy) and return its name; None when there is none (labels then
    show as boxes)."""
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    fonts = font_manager.fontManager.ttflist
    installed = {f.name for f in fonts}
    name = next((n for n in CJK_FAMILIES if n in installed), None)
    if name is None:
        name = next((f.name for f in fonts if any(k in f.fname.lower() for k in ("cjk", "uming", "ukai", "wqy"))), None)
    if name:
        plt.rcParams["font.family"] = [name, "DejaVu Sans"]
    plt.rcParams["axes.unicode_minus"] = False
    return name
