<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>AttachmentsField</name>
    <message>
        <source>Add file…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Add a file to {label}</source>
        <translation>{label}にファイルを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>Remove from {label}</source>
        <translation>{label}から外す</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.gif *.webp *.pdf)</source>
        <translation>画像と PDF (*.png *.jpg *.jpeg *.gif *.webp *.pdf)</translation>
    </message>
</context>
<context>
    <name>ChoicesField</name>
    <message>
        <source>Filter…</source>
        <translation>絞り込み…</translation>
    </message>
    <message>
        <source>Filter {label}</source>
        <translation>{label}を絞り込み</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add {type}</source>
        <translation>{type}の追加</translation>
    </message>
    <message>
        <source>Edit {type} {fields}</source>
        <translation>{type}の編集 {fields}</translation>
    </message>
    <message>
        <source>Delete {type}</source>
        <translation>{type}の削除</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>No conflicts to review.

When a bundle from another computer changes a field that was also changed here, both versions are kept and listed on this page for you to choose from. Bundle exchange arrives in a later version.</source>
        <translation>確認が必要な競合はありません。

他のパソコンから取り込んだバンドルが、このパソコンでも変更した項目を変更していた場合、両方の内容を残してこのページに一覧表示し、どちらを採用するか選べるようにします。バンドルの交換は今後のバージョンで使えるようになります。</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
</context>
<context>
    <name>CountCard</name>
    <message>
        <source>Open the list</source>
        <translation>一覧を開く</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>最近の変更</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick a date</source>
        <translation>日付を選ぶ</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save your changes?</source>
        <translation>変更を保存しますか？</translation>
    </message>
    <message>
        <source>Save your changes to “{what}”?</source>
        <translation>「{what}」の変更を保存しますか？</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Something went wrong. The details were written to the log file {log}.</source>
        <translation>問題が発生しました。詳細はログファイル {log} に記録しました。</translation>
    </message>
    <message>
        <source>Open this link in your web browser?

{url}</source>
        <translation>このリンクをウェブブラウザーで開きますか？

{url}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search {type}…</source>
        <translation>{type}を検索…</translation>
    </message>
    <message>
        <source>Search {type}</source>
        <translation>{type}を検索</translation>
    </message>
    <message>
        <source>All: {label}</source>
        <translation>{label}: すべて</translation>
    </message>
    <message>
        <source>Filter by {label}</source>
        <translation>{label}で絞り込み</translation>
    </message>
    <message>
        <source>{label} from</source>
        <translation>{label}（から）</translation>
    </message>
    <message>
        <source>{label} to</source>
        <translation>{label}（まで）</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>条件をクリア</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>{n} file(s)</source>
        <translation>{n}件のファイル</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>全体検索</translation>
    </message>
    <message>
        <source>Search communities, people, organisations, events, case studies…</source>
        <translation>コミュニティ・人物・組織・イベント・事例を検索…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>{n} found. Enter opens the selected record.</source>
        <translation>{n}件見つかりました。Enter で選んだ記録を開きます。</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Change history</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>Revert this field</source>
        <translation>この項目を元に戻す</translation>
    </message>
    <message>
        <source>Set the field back to the value it had before the selected change</source>
        <translation>選んだ変更の前の値に項目を戻します</translation>
    </message>
    <message>
        <source>Revert {field}</source>
        <translation>{field}を元に戻す</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>{action}: {field}</source>
        <translation>{action}: {field}</translation>
    </message>
    <message>
        <source>{type} “{name}” — {change}</source>
        <translation>{type}「{name}」— {change}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Import bundle…</source>
        <translation>バンドルを取り込む…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>新規作成</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>変更を取り消す</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Find in list</source>
        <translation>一覧内を検索</translation>
    </message>
    <message>
        <source>Search everything…</source>
        <translation>全体検索…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日付の表示</translation>
    </message>
    <message>
        <source>Western calendar (2026)</source>
        <translation>西暦（2026年）</translation>
    </message>
    <message>
        <source>Japanese era (令和8年)</source>
        <translation>和暦（令和8年）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About Mitake</source>
        <translation>Mitake について</translation>
    </message>
    <message>
        <source>Importing bundles is not available in this version yet.</source>
        <translation>バンドルの取り込みは、このバージョンではまだ使えません。</translation>
    </message>
    <message>
        <source>{app} {version}
The offline desktop app for regional right-sized-IT (身の丈IT) communities.</source>
        <translation>{app} {version}
地域の「身の丈IT」コミュニティのためのオフライン・デスクトップアプリ。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>処理中…</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>image</source>
        <translation>画像</translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Insert image…</source>
        <translation>画像を挿入…</translation>
    </message>
    <message>
        <source>Attach an image file and show it here (or drop an image on the text)</source>
        <translation>画像ファイルを添付してここに表示します（文章に画像をドロップしても追加できます）</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>画像を挿入</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>コミュニティ</translation>
    </message>
    <message>
        <source>People &amp; opinion leaders</source>
        <translation>人物・オピニオンリーダー</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>事例</translation>
    </message>
    <message>
        <source>IT tools</source>
        <translation>ITツール</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>アワード</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>{type} form</source>
        <translation>{type}の入力欄</translation>
    </message>
</context>
<context>
    <name>RecordListPanel</name>
    <message>
        <source>List of {type}</source>
        <translation>{type}の一覧</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Add a new {type} (Ctrl+N)</source>
        <translation>{type}を新しく追加（Ctrl+N）</translation>
    </message>
    <message>
        <source>New {type}</source>
        <translation>新しい{type}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected records (Del)</source>
        <translation>選んだ記録を削除（Del）</translation>
    </message>
    <message>
        <source>Delete {type}</source>
        <translation>{type}を削除</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>変更を保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Undo the changes not saved yet</source>
        <translation>まだ保存していない変更を取り消します</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>{n} records</source>
        <translation>{n} 件</translation>
    </message>
    <message>
        <source>No {type} selected</source>
        <translation>{type}が選ばれていません</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>{what} を削除しますか？</translation>
    </message>
    <message>
        <source>Delete {n} {type}?</source>
        <translation>{type}を{n}件削除しますか？</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Delete {n} {type}</source>
        <translation>{type}を{n}件削除</translation>
    </message>
    <message>
        <source>Set {field} to {value} on {n} records</source>
        <translation>{n}件の{field}を「{value}」に変更</translation>
    </message>
    <message>
        <source>Set {field}</source>
        <translation>{field}を変更</translation>
    </message>
</context>
<context>
    <name>RecordPickerDialog</name>
    <message>
        <source>Choose: {type}</source>
        <translation>{type}を選ぶ</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>検索…</translation>
    </message>
    <message>
        <source>Search {type}</source>
        <translation>{type}を検索</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} 件</translation>
    </message>
</context>
<context>
    <name>RefField</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <source>Choose {label}</source>
        <translation>{label}を選ぶ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear {label}</source>
        <translation>{label}をクリア</translation>
    </message>
</context>
<context>
    <name>RefsField</name>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Add to {label}</source>
        <translation>{label}に追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>Remove from {label}</source>
        <translation>{label}から外す</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>{type} ({n})</source>
        <translation>{type}（{n}）</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>This device&apos;s id</source>
        <translation>このパソコン（デバイス）の ID</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>Exchanging bundles with other computers arrives in a later version. Until then this page shows what this database knows.</source>
        <translation>他のパソコンとのバンドル交換は今後のバージョンで使えるようになります。それまでは、このデータベースが把握している情報を表示します。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このパソコン</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>信頼済み</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>初めて確認した日時</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Known devices</source>
        <translation>把握しているデバイス</translation>
    </message>
    <message>
        <source>Recent batches</source>
        <translation>最近の一括処理</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV 取り込み</translation>
    </message>
    <message>
        <source>Bundle merge</source>
        <translation>バンドルの統合</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Mitake</source>
        <translation>Mitake へようこそ</translation>
    </message>
    <message>
        <source>Mitake keeps your communities, people, events and success stories on this computer, and shares them with other computers as bundle files. The database is empty: how would you like to start?</source>
        <translation>Mitake は、コミュニティ・人物・イベント・成功事例をこのパソコンに記録し、バンドルファイルで他のパソコンと共有します。データベースはまだ空です。どのように始めますか？</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>空の状態から始める</translation>
    </message>
    <message>
        <source>Begin with an empty database and add your own communities and people.</source>
        <translation>空のデータベースで始め、コミュニティや人物を自分で登録します。</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>デモデータを読み込む</translation>
    </message>
    <message>
        <source>Fill the database with realistic sample communities, events and case studies to try things out.</source>
        <translation>実際に近いサンプルのコミュニティ・イベント・事例を作成して、操作を試せるようにします。</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>バンドルを取り込む…</translation>
    </message>
    <message>
        <source>Load the data a colleague exported from their Mitake.</source>
        <translation>同僚が Mitake から書き出したデータを読み込みます。</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>デモデータを作成しています…</translation>
    </message>
    <message>
        <source>Importing bundles is not available in this version yet. Start empty or load demo data for now.</source>
        <translation>バンドルの取り込みは、このバージョンではまだ使えません。今は空の状態から始めるか、デモデータを読み込んでください。</translation>
    </message>
</context>
</TS>
