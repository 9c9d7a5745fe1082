"""argparse's own words ("usage:", "options", "invalid choice") in the command line's language.

argparse looks every sentence up through gettext when it is shown (``argparse._`` and ``argparse.ngettext``,
imported from :mod:`gettext`). Rather than bind the process-wide default domain to a catalogue on disk, the
command line points those two names at a :class:`gettext.NullTranslations` holding the Japanese sentences
below; English (or a sentence missing here, from a newer Python) falls through to argparse's own text.
"""

from __future__ import annotations

import argparse
import gettext

# msgid (exactly as argparse writes it, Python 3.11–3.13) → Japanese. Placeholders must stay the same.
JA: dict[str, str] = {
    "usage: ": "使い方: ",
    "positional arguments": "位置引数",
    "options": "オプション",
    "subcommands": "サブコマンド",
    " (default: %(default)s)": "（既定: %(default)s）",
    "show this help message and exit": "このヘルプを表示して終了",
    "show program's version number and exit": "バージョンを表示して終了",
    "%(prog)s: error: %(message)s\n": "%(prog)s: エラー: %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s: 警告: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "引数 %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r は選べません（選べる値: %(choices)s）",
    "invalid %(type)s value: %(value)r": "%(value)r は正しい値ではありません（%(type)s）",
    "the following arguments are required: %s": "次の引数を指定してください: %s",
    "one of the arguments %s is required": "%s のどれか1つを指定してください",
    "not allowed with argument %s": "引数 %s と一緒には指定できません",
    "unrecognized arguments: %s": "解釈できない引数: %s",
    "expected one argument": "値を1つ指定してください",
    "expected at most one argument": "値は1つまでです",
    "expected at least one argument": "値を1つ以上指定してください",
    "ambiguous option: %(option)s could match %(matches)s": "オプション %(option)s があいまいです（候補: %(matches)s）",
    "ignored explicit argument %r": "値 %r は使われません",
    "unexpected option string: %s": "ここでは使えないオプション: %s",
    "can't open '%(filename)s': %(error)s": "「%(filename)s」を開けません: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "%(parser_name)r というコマンドはありません（選べる値: %(choices)s）",
    "argument '%(argument_name)s' is deprecated": "引数 '%(argument_name)s' は廃止予定です",
    "command '%(parser_name)s' is deprecated": "コマンド '%(parser_name)s' は廃止予定です",
    "option '%(option)s' is deprecated": "オプション '%(option)s' は廃止予定です",
}
# ngettext: one Japanese form for every count.
JA_PLURAL: dict[str, str] = {
    "expected %s argument": "値を %s 個指定してください",
    "conflicting option string: %s": "オプションが重複しています: %s",
}


class Catalogue(gettext.NullTranslations):
    """A translation from a dict; unknown sentences come back unchanged (argparse's English)."""

    def __init__(self, singular: dict[str, str], plural: dict[str, str]) -> None:
        super().__init__()
        self._singular = singular
        self._plural = plural

    def gettext(self, message: str) -> str:
        return self._singular.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        found = self._plural.get(msgid1)
        if found is not None:
            return found
        return msgid1 if n == 1 else msgid2


def install(lang: str) -> None:
    """Make argparse speak ``lang`` ("ja" or anything else for its own English) from now on."""
    catalogue = Catalogue(JA, JA_PLURAL) if lang == "ja" else gettext.NullTranslations()
    argparse._ = catalogue.gettext  # type: ignore[attr-defined]
    argparse.ngettext = catalogue.ngettext  # type: ignore[attr-defined]
