"""Bundle commands: ``bundle export``, ``bundle import`` and ``bundle inspect``."""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mitake_desktop.cli import keyed, local_time, open_services, tr
from mitake_desktop.core.errors import MitakeError
from mitake_desktop.core.i18n import msg
from mitake_desktop.core.schema import BY_TYPE

if TYPE_CHECKING:
    from mitake_desktop.core.services import Services

PROFILES = ("internal", "member", "redacted", "public")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("bundle", help=tr("バンドル（端末間でデータを交換するファイル）の書き出し・取り込み・確認",
                                         "write, import and inspect bundles (files that carry data between computers)"))
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)

    e = bsub.add_parser("export", help=tr("バンドルを書き出す", "write a bundle"))
    e.add_argument("out", type=Path, metavar="OUT", help=tr("書き出すファイル（.mitake）", "the file to write (.mitake)"))
    e.add_argument("--full", action="store_true",
                   help=tr("すべてを書き出す（--peer があっても差分にしない）", "everything, even with --peer"))
    e.add_argument("--peer", metavar="DEVICE",
                   help=tr("この端末がまだ持っていない変更だけを書き出す（端末の ID か名前）",
                           "only what this device does not hold yet (its id or name)"))
    e.add_argument("--community", action="append", default=[], metavar="ID", dest="communities",
                   help=tr("このコミュニティに属する記録だけ（複数可）", "only records of this community (repeatable)"))
    e.add_argument("--profile", choices=PROFILES, default="internal",
                   help=tr("internal: 自組織の端末間（既定）/ member: 共同利用 / redacted: 氏名とコミュニティのみ / public: 公開に同意された項目のみ",
                           "internal: your organisation's computers (default) / member: joint use / "
                           "redacted: names and communities only / public: consented fields only"))
    e.add_argument("--passphrase-file", type=Path, metavar="F",
                   help=tr("このファイルの1行目のパスフレーズで暗号化する", "encrypt with the passphrase on this file's first line"))
    e.set_defaults(func=cmd_export)

    i = bsub.add_parser("import", help=tr("バンドルを検証して取り込む", "verify and merge a bundle"))
    i.add_argument("bundle", type=Path, metavar="IN")
    i.add_argument("--dry-run", action="store_true",
                   help=tr("検証と結果の予測だけ（データベースは変更しない。データベースがまだ無ければ作らず、空のデータベースへの取り込みとして予測する）",
                           "verify and preview only; change nothing (a database that does not exist yet is not "
                           "created: the preview is against an empty one)"))
    i.add_argument("--trust", action="store_true",
                   help=tr("初めての端末の署名を信頼する（指紋を送り主と確かめてから）",
                           "trust a new signing device (after checking its fingerprint with the sender)"))
    i.add_argument("--passphrase-file", type=Path, metavar="F",
                   help=tr("暗号化されたバンドルのパスフレーズ（ファイルの1行目）", "passphrase of an encrypted bundle (first line)"))
    i.add_argument("--json", action="store_true", help=tr("結果を JSON で出力", "print the result as JSON"))
    i.set_defaults(func=cmd_import)

    n = bsub.add_parser("inspect", help=tr("バンドルの目録・署名者・件数・検証結果を表示（取り込まない）",
                                           "show a bundle's manifest, signer, counts and verification (imports nothing)"),
                        description=tr(
                            "検証に通れば終了コード 0（まだ信頼していない署名でも。信頼の状態は表示される）、"
                            "壊れている・改ざんされている・読めないときは 1。データベースがまだ無ければ作らず、"
                            "空のデータベースと比べた結果を表示する。",
                            "Exit code 0 when the bundle verifies (even when its signer is not trusted yet: the "
                            "trust is shown), 1 when it is damaged, tampered with or unreadable. A database that "
                            "does not exist yet is not created: the preview is against an empty one."))
    n.add_argument("bundle", type=Path, metavar="IN")
    n.add_argument("--passphrase-file", type=Path, metavar="F")
    n.add_argument("--json", action="store_true")
    n.set_defaults(func=cmd_inspect)


def read_passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise MitakeError(msg("sync_passphrase_file", path=path)) from None
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise MitakeError(msg("sync_empty_passphrase"))
    return passphrase


def cmd_export(args: argparse.Namespace) -> int:
    from mitake_desktop.core.sync import ExportOptions

    passphrase = read_passphrase(args.passphrase_file)
    with open_services(args) as services:
        peer = services.sync.resolve_device(args.peer) if args.peer else None
        result = services.sync.export(args.out, ExportOptions(
            full=args.full, peer=peer, communities=tuple(args.communities), profile=args.profile,
            passphrase=passphrase))
    print(msg("sync_exported", path=result.path, records=f"{result.total:,}", blobs=result.blobs,
              profile=keyed("profile", result.profile), incremental=msg("sync_incremental") if result.incremental else ""))
    if result.encrypted:
        print(msg("sync_encrypted_note"))
    if result.missing_blobs:
        print(msg("sync_missing_blobs", n=result.missing_blobs), file=sys.stderr)
    return 0


def _counts(result: Any) -> dict[str, int]:
    keys = ("added", "updated", "unchanged", "deleted", "revived", "conflicts", "kept", "pending", "quarantined",
            "blobs", "resolved_remote", "look_alikes")
    return {k: int(result.counts.get(k, 0)) for k in keys}


def cmd_import(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file)
    with contextlib.ExitStack() as stack:
        if not args.dry_run:  # entered first, so it runs after the database is closed
            stack.enter_context(removed_if_refused(args))
        services = stack.enter_context(reading_services(args) if args.dry_run else open_services(args))
        result = services.sync.import_bundle(args.bundle, trust=args.trust, passphrase=passphrase,
                                             dry_run=args.dry_run)
    counts = _counts(result)
    if args.json:
        print(json.dumps({"bundle_id": result.bundle_id, "committed": result.committed,
                          "signer": {"device_id": result.signer.device_id, "name": result.signer.name,
                                     "fingerprint": result.signer.fingerprint},
                          "profile": result.profile, "counts": counts}, ensure_ascii=False, indent=2))
        return 0
    key = "sync_imported" if result.committed else "sync_dry_run"
    print(msg(key, name=result.signer.name or result.signer.device_id[:8], fingerprint=result.signer.fingerprint))
    print(msg("sync_summary", **counts))
    for note in ("revived", "conflicts", "kept", "pending", "quarantined", "resolved_remote", "look_alikes"):
        if counts[note]:
            print(msg(f"sync_{note}_note", **{note: counts[note]}))
    return 0


def cmd_inspect(args: argparse.Namespace) -> int:
    """The manifest as written, the signer, and what an import would say (without importing)."""
    from mitake_desktop.core.sync import BundleRefused
    from mitake_desktop.core.sync.inspect import read_manifest

    passphrase = read_passphrase(args.passphrase_file)
    community_titles: dict[str, str] = {}
    with reading_services(args) as services:
        manifest, signer, problem = read_manifest(services, args.bundle)
        if manifest is not None and manifest.get("communities"):
            community_titles = services.records.titles("community", [str(c) for c in manifest["communities"]])
        verdict: str | None = None  # why the bundle itself is refused (damaged, tampered, unreadable)
        consent: str | None = None  # it verifies, but an import asks first (a signer not trusted yet)
        preview: dict[str, int] | None = None
        if problem is None:
            try:
                prepared = services.sync.prepare_import(args.bundle, passphrase=passphrase)
            except BundleRefused as exc:
                verdict = exc.message
            else:
                preview = _counts(prepared.preview)
                prepared.close()
                if prepared.needs_trust:
                    consent = prepared.refusal().message
        else:
            verdict = problem
    if args.json:
        print(json.dumps({"manifest": manifest, "signer": signer, "ok": verdict is None and consent is None,
                          "verified": verdict is None, "needs_trust": consent is not None,
                          "refusal": verdict or consent, "preview": preview}, ensure_ascii=False, indent=2))
        return 0 if verdict is None else 1
    if manifest is not None:
        _print_manifest(manifest, signer, community_titles)
    if preview is not None:
        print(msg("sync_summary", **preview))
    if verdict is not None:
        print(msg("inspect_refused", reason=verdict))
        return 1
    # Inspecting succeeded: an untrusted signer is something to know (and shown), not a failure.
    print(msg("inspect_ok") if consent is None else msg("inspect_needs_trust", reason=consent))
    return 0


@contextlib.contextmanager
def reading_services(args: argparse.Namespace) -> Iterator[Services]:
    """Services for commands that only read (inspect, a dry run): a database that does not exist yet is not
    created; an empty one in a temporary folder stands in for it and is removed afterwards."""
    from mitake_desktop.core import paths
    from mitake_desktop.core.services import Services

    location = paths.database_location(args.db) if args.db is None or args.db.strip() else ""
    if not location or paths.is_url(location) or Path(location).expanduser().exists():
        with open_services(args) as services:
            yield services
        return
    with tempfile.TemporaryDirectory(prefix="mitake-preview-") as folder:
        if not args.json:  # stdout: stderr is kept for the one line of a refusal; JSON stays pure
            print(msg("sync_no_database", path=Path(location).expanduser().absolute()))
        with Services.open(str(Path(folder) / "empty.sqlite3")) as services:
            yield services


@contextlib.contextmanager
def removed_if_refused(args: argparse.Namespace) -> Iterator[None]:
    """An import into a database that does not exist yet: if it is refused (an unknown signer, a damaged
    bundle), the database it created is removed again — the file, its -wal/-shm/-journal, the attachment
    and backup folders beside it and any folder made for it — so a refusal leaves nothing behind."""
    from mitake_desktop.core import paths

    location = paths.database_location(args.db) if args.db is None or args.db.strip() else ""
    path = Path(location).expanduser() if location and not paths.is_url(location) else None
    if path is None or path.exists():
        yield
        return
    top = path  # the outermost folder that does not exist yet (made for the database, removed with it)
    while not top.parent.exists() and top.parent != top.parent.parent:
        top = top.parent
    made = [path.with_name(path.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")] + [
        path.with_name(path.stem + suffix) for suffix in ("-attachments", "-backups")]
    made = [p for p in made if not p.exists()]  # stray files already there are not ours to remove
    try:
        yield
    except BaseException:
        if top != path:
            shutil.rmtree(top, ignore_errors=True)
        for p in made:
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
        raise


def _type_label(type_name: object) -> str:
    entity = BY_TYPE.get(str(type_name))
    return str(entity.plural) if entity else str(type_name)


def _print_manifest(manifest: dict[str, Any], signer: dict[str, str] | None, community_titles: dict[str, str]) -> None:
    """The manifest as people read it: every stored key (trust, profile, record type) in the current language."""
    origin = manifest.get("origin", {})
    counts = manifest.get("counts", {})
    communities = [community_titles.get(str(c)) or str(c) for c in manifest.get("communities") or []]
    kind = tr("全件", "complete") if manifest.get("complete") else tr("一部", "partial")
    if manifest.get("since"):
        kind += tr("・差分", ", incremental")
    per_type = "".join(f"\n    {_type_label(t)}: {n:,}" for t, n in (counts.get("records") or {}).items())
    rows = [
        (tr("バンドル ID", "Bundle id"), manifest.get("bundle_id")),
        (tr("作成", "Created"), local_time(manifest.get("created_at"))),
        (tr("形式", "Format"), f"{manifest.get('format')} {manifest.get('format_version')}"
                               f" / {tr('スキーマ', 'schema')} {manifest.get('schema_revision')}"
                               f" / Mitake {manifest.get('app_version')}"),
        (tr("署名した端末", "Signed by"), f"{origin.get('name', '')} ({origin.get('device_id', '')})"),
        (tr("指紋", "Fingerprint"), signer.get("fingerprint") if signer else "-"),
        (tr("信頼", "Trust"), keyed("trust", signer.get("trust")) if signer else "-"),
        (tr("プロファイル", "Profile"), keyed("profile", manifest.get("profile"))),
        (tr("コミュニティ", "Communities"), (tr("、", ", ").join(communities)) or tr("すべて", "all")),
        (tr("種類", "Kind"), kind),
        (tr("暗号化", "Encrypted"), msg("value_yes") if manifest.get("encryption") else msg("value_no")),
        (tr("レコード", "Records"), f"{counts.get('lines', 0):,}{per_type}"),
        (tr("削除済み", "Tombstones"), f"{counts.get('tombstones', 0):,}"),
        (tr("人物", "People"), f"{counts.get('people', 0):,}"),
        (tr("添付", "Attachments"), f"{counts.get('blobs', 0):,}"),
    ]
    for label, value in rows:
        print(f"{label}: {value}")
