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
    <name>CheckinPage</name>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Other event…</source>
        <translation>ほかのイベント…</translation>
    </message>
    <message>
        <source>Choose any event from the list of events</source>
        <translation>イベントの一覧から選びます</translation>
    </message>
    <message>
        <source>Finish event…</source>
        <translation>イベントを終了…</translation>
    </message>
    <message>
        <source>Mark everyone not checked in as a no-show</source>
        <translation>受付していない人を欠席にします</translation>
    </message>
    <message>
        <source>Attended / registered</source>
        <translation>出席 / 申込</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>当日参加</translation>
    </message>
    <message>
        <source>Not yet arrived</source>
        <translation>未受付</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>欠席</translation>
    </message>
    <message>
        <source>Participants found</source>
        <translation>見つかった参加者</translation>
    </message>
    <message>
        <source>Name, reading or romaji — Enter checks in</source>
        <translation>氏名・よみがな・ローマ字で検索 — Enter で受付</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>参加者を検索</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>直前の操作</translation>
    </message>
    <message>
        <source>Undo last check-in</source>
        <translation>直前の受付を取り消す</translation>
    </message>
    <message>
        <source>Take back the last check-in or walk-in (Ctrl+Z)</source>
        <translation>直前の受付・当日参加を取り消します（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Walk-in name</source>
        <translation>当日参加者の氏名</translation>
    </message>
    <message>
        <source>Reading (optional)</source>
        <translation>よみがな（任意）</translation>
    </message>
    <message>
        <source>Walk-in reading</source>
        <translation>当日参加者のよみがな</translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation>所属（任意）</translation>
    </message>
    <message>
        <source>Walk-in organisation</source>
        <translation>当日参加者の所属</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>当日参加を受付</translation>
    </message>
    <message>
        <source>Walk-in:</source>
        <translation>当日参加:</translation>
    </message>
    <message>
        <source>No event to check in</source>
        <translation>受付するイベントがありません</translation>
    </message>
    <message>
        <source>Create an event on the Events page, or choose one with “Other event…”.</source>
        <translation>イベントのページでイベントを作るか、「ほかのイベント…」で選んでください。</translation>
    </message>
    <message>
        <source>capacity {n}</source>
        <translation>定員 {n}</translation>
    </message>
    <message>
        <source>Nobody found. Add them as a walk-in below.</source>
        <translation>見つかりません。下の欄で当日参加として受付してください。</translation>
    </message>
    <message>
        <source>{name} is already checked in ({time}).</source>
        <translation>{name} さんは受付済みです（{time}）。</translation>
    </message>
    <message>
        <source>Check in {name}</source>
        <translation>{name} さんの受付</translation>
    </message>
    <message>
        <source>✓ {name} checked in ({time}).</source>
        <translation>✓ {name} さんを受付しました（{time}）。</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name first.</source>
        <translation>先に当日参加者の氏名を入力してください。</translation>
    </message>
    <message>
        <source>Walk-in {name}</source>
        <translation>{name} さんの当日参加</translation>
    </message>
    <message>
        <source>✓ {name} added as a walk-in and checked in ({time}).</source>
        <translation>✓ {name} さんを当日参加として受付しました（{time}）。</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>取り消す: {what}</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>取り消しました: {what}</translation>
    </message>
    <message>
        <source>Event finished: {n} no-shows recorded.</source>
        <translation>イベントを終了しました。欠席 {n} 人を記録しました。</translation>
    </message>
</context>
<context>
    <name>CheckinResultsModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付時刻</translation>
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
    <name>ColumnMappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>内容の例</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>取り込み先の項目</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
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
    <name>EventActions</name>
    <message>
        <source>Finish “{title}”?
The {n} people registered but not checked in will be marked as no-shows and the event as held. You can undo this with Ctrl+Z.</source>
        <translation>「{title}」を終了しますか？
申込済みで受付していない {n} 人を欠席とし、イベントを開催済みにします。Ctrl+Z で取り消せます。</translation>
    </message>
    <message>
        <source>Finish event</source>
        <translation>終了する</translation>
    </message>
    <message>
        <source>Finish {title}</source>
        <translation>{title} の終了</translation>
    </message>
    <message>
        <source>Event finished: {n} no-shows recorded.</source>
        <translation>イベントを終了しました。欠席 {n} 人を記録しました。</translation>
    </message>
    <message>
        <source>Nobody is checked in for this event yet: follow-ups are made for attendees.</source>
        <translation>このイベントにはまだ出席者がいません。フォローアップは出席者に作ります。</translation>
    </message>
    <message>
        <source>Follow-ups for {title}</source>
        <translation>{title} のフォローアップ</translation>
    </message>
    <message>
        <source>{n} follow-ups created ({skipped} already had one).</source>
        <translation>フォローアップを {n} 件作りました（作成済み {skipped} 人）。</translation>
    </message>
    <message>
        <source>Export the event report</source>
        <translation>開催報告書を書き出す</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the event report…</source>
        <translation>開催報告書を作成中…</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>保存しました: {path}</translation>
    </message>
    <message>
        <source>Export the attendance list</source>
        <translation>出席者名簿を書き出す</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the attendance list…</source>
        <translation>出席者名簿を作成中…</translation>
    </message>
    <message>
        <source>Saved {path} ({n} people)</source>
        <translation>保存しました: {path}（{n} 人）</translation>
    </message>
</context>
<context>
    <name>EventParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>参加区分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>申込日時</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>満足度</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>感想</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（回答なし）</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Matching schedule</source>
        <translation>商談会スケジュール</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>期限切れフォローアップ</translation>
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
    <name>FollowUpsDialog</name>
    <message>
        <source>Follow-ups for attendees</source>
        <translation>出席者へのフォローアップ</translation>
    </message>
    <message>
        <source>A follow-up task for each of the {n} people who attended “{event}” (people who already have one from this event are skipped).</source>
        <translation>「{event}」に出席した {n} 人それぞれにフォローアップを作ります（このイベントのフォローアップがすでにある人は除きます）。</translation>
    </message>
    <message>
        <source>Follow-up after {event}</source>
        <translation>{event} 後のフォローアップ</translation>
    </message>
    <message>
        <source>Create follow-ups</source>
        <translation>フォローアップを作る</translation>
    </message>
    <message>
        <source>Give the follow-ups a subject.</source>
        <translation>フォローアップの件名を入力してください。</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超過日数</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
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
    <name>ImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>参加者名簿の取り込み</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>参加者名簿 (*.csv *.txt *.xlsx *.xlsm);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>よみがな</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>取り込み方</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>新規作成</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>{row} 行目</translation>
    </message>
    <message>
        <source>Merge into {who}</source>
        <translation>{who} に統合</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
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
        <source>Import participants…</source>
        <translation>参加者名簿を取り込む…</translation>
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
        <source>Overdue follow-ups</source>
        <translation>期限切れフォローアップ</translation>
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
    <name>MeetingScheduleModel</name>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>IT provider</source>
        <translation>ITベンダー</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>IT tool</source>
        <translation>ITツール</translation>
    </message>
</context>
<context>
    <name>OverdueFollowUpsPanel</name>
    <message>
        <source>Overdue follow-ups</source>
        <translation>期限切れフォローアップ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>{n} follow-ups are past their due date ({date}), most overdue first.</source>
        <translation>期限（{date} 時点）を過ぎたフォローアップが {n} 件あります。超過の長い順です。</translation>
    </message>
    <message>
        <source>Mark {n} follow-ups done</source>
        <translation>フォローアップ {n} 件を完了に</translation>
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
    <message>
        <source>Event-day check-in</source>
        <translation>当日受付</translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message>
        <source>Import participants — {file}</source>
        <translation>参加者名簿の取り込み — {file}</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>取り込み先</translation>
    </message>
    <message>
        <source>People (no event)</source>
        <translation>人物（イベントなし）</translation>
    </message>
    <message>
        <source>Registrations for “{event}”</source>
        <translation>「{event}」の参加登録</translation>
    </message>
    <message>
        <source>Import as:</source>
        <translation>取り込み先:</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>表示する行</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>すべての行</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>エラーのある行</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>重複の可能性がある行</translation>
    </message>
    <message>
        <source>Skip rows with errors</source>
        <translation>エラーのある行をスキップ</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>取り込む行</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ 戻る</translation>
    </message>
    <message>
        <source>Preview ›</source>
        <translation>確認へ ›</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>The columns are set as in your last import of a file with these headers. Change a field by double-clicking it.</source>
        <translation>同じ見出しのファイルを前回取り込んだときの対応付けです。項目はダブルクリックで変えられます。</translation>
    </message>
    <message>
        <source>The columns were recognised from their headers. Check them; change a field by double-clicking it (it is remembered for files with the same headers).</source>
        <translation>見出しから列を判断しました。確かめて、違う項目はダブルクリックで変えてください（同じ見出しのファイルでは次回から同じ対応付けになります）。</translation>
    </message>
    <message>
        <source>1. Which column is which</source>
        <translation>1. 列の対応付け</translation>
    </message>
    <message>
        <source>2. Check the rows and decide about duplicates</source>
        <translation>2. 行の確認と重複の扱い</translation>
    </message>
    <message>
        <source>{rows} rows: {created} new, {merged} merged into people already known, {skipped} skipped.</source>
        <translation>{rows} 行: 新規作成 {created} 件、既存の人に統合 {merged} 件、スキップ {skipped} 件。</translation>
    </message>
    <message>
        <source>Registrations: {n} new, {updated} already registered.</source>
        <translation>参加登録: 新規 {n} 件、登録済み {updated} 件。</translation>
    </message>
    <message>
        <source>{n} rows look like someone already known (yellow): merge, create or skip each in the Decision column.</source>
        <translation>{n} 行は既存の人と似ています（黄色）。「取り込み方」の列で、統合・新規作成・スキップを選んでください。</translation>
    </message>
    <message>
        <source>{n} rows have errors (red): fix the file and choose it again, or skip those rows.</source>
        <translation>{n} 行にエラーがあります（赤）。ファイルを直して選び直すか、その行をスキップしてください。</translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation>参加者名簿を取り込み中…</translation>
    </message>
    <message>
        <source>Import participants ({file})</source>
        <translation>参加者名簿の取り込み（{file}）</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) takes the whole import back.</source>
        <translation>編集 → 元に戻す（Ctrl+Z）で、この取り込みをまとめて取り消せます。</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Check-in mode</source>
        <translation>当日受付モード</translation>
    </message>
    <message>
        <source>Open the event-day check-in screen for this event</source>
        <translation>このイベントの当日受付画面を開きます</translation>
    </message>
    <message>
        <source>Import participants…</source>
        <translation>参加者名簿を取り込む…</translation>
    </message>
    <message>
        <source>Register people from a CSV or Excel list (Ctrl+Shift+I)</source>
        <translation>CSV・Excel の名簿から参加登録します（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Register people…</source>
        <translation>参加登録…</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>申込を取り消す</translation>
    </message>
    <message>
        <source>The first on the waitlist gets the seat</source>
        <translation>空いた席はキャンセル待ちの先頭の人に回ります</translation>
    </message>
    <message>
        <source>Finish event…</source>
        <translation>イベントを終了…</translation>
    </message>
    <message>
        <source>Follow-ups for attendees…</source>
        <translation>出席者へのフォローアップ…</translation>
    </message>
    <message>
        <source>Export report (PDF)…</source>
        <translation>開催報告書（PDF）…</translation>
    </message>
    <message>
        <source>Export attendance (CSV)…</source>
        <translation>出席者名簿（CSV）…</translation>
    </message>
    <message>
        <source>Show registrations with status</source>
        <translation>表示する参加登録の状態</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Satisfaction and comments: double-click a cell (or press F2) to enter the questionnaire&apos;s answers.</source>
        <translation>満足度と感想: セルをダブルクリック（または F2）して、アンケートの回答を入力します。</translation>
    </message>
    <message>
        <source>No capacity limit</source>
        <translation>定員なし</translation>
    </message>
    <message>
        <source>Capacity {capacity}: {taken} seats taken, {left} free</source>
        <translation>定員 {capacity}: 使用 {taken} 席、残り {left} 席</translation>
    </message>
    <message>
        <source>Registered {registered} · waitlisted {waitlisted} · cancelled {cancelled}</source>
        <translation>申込 {registered} · キャンセル待ち {waitlisted} · 取消 {cancelled}</translation>
    </message>
    <message>
        <source>Attended {attended} · walk-ins {walk_ins} · no-shows {no_shows} · not yet checked in {waiting}</source>
        <translation>出席 {attended} · 当日参加 {walk_ins} · 欠席 {no_shows} · 未受付 {waiting}</translation>
    </message>
    <message>
        <source>Satisfaction of {name}</source>
        <translation>{name} さんの満足度</translation>
    </message>
    <message>
        <source>Comment of {name}</source>
        <translation>{name} さんの感想</translation>
    </message>
    <message>
        <source>Register {n} people</source>
        <translation>{n} 人の参加登録</translation>
    </message>
    <message>
        <source>{added} registered ({waitlisted} on the waitlist); {already} were registered already.</source>
        <translation>{added} 人を登録しました（うちキャンセル待ち {waitlisted} 人）。{already} 人は登録済みでした。</translation>
    </message>
    <message>
        <source>Cancel {name}</source>
        <translation>{name} さんの申込取消</translation>
    </message>
    <message>
        <source>Cancelled {n}.</source>
        <translation>{n} 件の申込を取り消しました。</translation>
    </message>
    <message>
        <source>From the waitlist: {names}.</source>
        <translation>キャンセル待ちから繰り上げ: {names}。</translation>
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
    <name>SchedulePanel</name>
    <message>
        <source>Propose schedule…</source>
        <translation>スケジュールを提案…</translation>
    </message>
    <message>
        <source>Pair firms and IT providers by their declared interests, in free slots and tables</source>
        <translation>関心分野が合う事業者とITベンダーを、空いている時間とテーブルで組み合わせます</translation>
    </message>
    <message>
        <source>Swap two</source>
        <translation>2件を入れ替え</translation>
    </message>
    <message>
        <source>Exchange the time and table of the two selected meetings</source>
        <translation>選んだ2件の商談の時間とテーブルを入れ替えます</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>外す</translation>
    </message>
    <message>
        <source>IT tool…</source>
        <translation>ITツール…</translation>
    </message>
    <message>
        <source>The IT tool the selected meeting was about</source>
        <translation>選んだ商談で扱ったITツール</translation>
    </message>
    <message>
        <source>Follow-ups from outcomes</source>
        <translation>結果からフォローアップ</translation>
    </message>
    <message>
        <source>A follow-up for each firm whose meeting ended in a follow-up or a trial</source>
        <translation>結果が「継続フォロー」「試用」の事業者それぞれにフォローアップを作ります</translation>
    </message>
    <message>
        <source>Draft case study</source>
        <translation>事例の下書き</translation>
    </message>
    <message>
        <source>Start a case study from a meeting that ended in an adoption</source>
        <translation>「導入」になった商談から事例の下書きを作ります</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Double-click a time, table or outcome to change it. Nobody and no table is ever booked twice at the same time.</source>
        <translation>時間・テーブル・結果はダブルクリックで変えられます。同じ人やテーブルが同じ時間に重なることはありません。</translation>
    </message>
    <message>
        <source>{n} meetings in {slots} time slots at {tables} tables</source>
        <translation>商談 {n} 件（{slots} 枠 × テーブル {tables}）</translation>
    </message>
    <message>
        <source>{n} double bookings arrived from another computer: move one meeting of each (marked red).</source>
        <translation>ほかのパソコンから届いた予定に重複が {n} 件あります。赤の商談のどちらかを動かしてください。</translation>
    </message>
    <message>
        <source>Move meeting {who}</source>
        <translation>商談の移動 {who}</translation>
    </message>
    <message>
        <source>Outcome of {who}</source>
        <translation>商談の結果 {who}</translation>
    </message>
    <message>
        <source>No new meetings to propose: firms and IT providers with shared interests already meet, or nobody declared interests. ({n} firms have no meeting.)</source>
        <translation>新しく提案できる商談はありません。関心分野が合う組み合わせはすでに予定済みか、関心分野が登録されていません。（商談のない事業者 {n} 人）</translation>
    </message>
    <message>
        <source>Add {n} proposed meetings in {slots} time slots at {tables} tables?</source>
        <translation>提案された商談 {n} 件（{slots} 枠 × テーブル {tables}）を追加しますか？</translation>
    </message>
    <message>
        <source>{n} firms share no interest with any IT provider and stay without a meeting.</source>
        <translation>{n} 人の事業者は、関心分野が合うITベンダーがいないため商談がありません。</translation>
    </message>
    <message>
        <source>Add meetings</source>
        <translation>商談を追加</translation>
    </message>
    <message>
        <source>Propose {n} meetings</source>
        <translation>商談 {n} 件の提案</translation>
    </message>
    <message>
        <source>Swap meetings</source>
        <translation>商談の入れ替え</translation>
    </message>
    <message>
        <source>Remove {n} meetings from the schedule?
You can undo this with Ctrl+Z.</source>
        <translation>商談 {n} 件をスケジュールから外しますか？
Ctrl+Z で取り消せます。</translation>
    </message>
    <message>
        <source>Remove {n} meetings</source>
        <translation>商談 {n} 件を外す</translation>
    </message>
    <message>
        <source>IT tool of {who}</source>
        <translation>ITツールの設定 {who}</translation>
    </message>
    <message>
        <source>Follow-ups from meeting outcomes</source>
        <translation>商談結果からのフォローアップ</translation>
    </message>
    <message>
        <source>{n} follow-ups created ({skipped} already had one).</source>
        <translation>フォローアップを {n} 件作りました（作成済み {skipped} 人）。</translation>
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
