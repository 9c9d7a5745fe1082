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
        <source>Add files</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.gif *.webp *.pdf)</source>
        <translation>画像と PDF (*.png *.jpg *.jpeg *.gif *.webp *.pdf)</translation>
    </message>
</context>
<context>
    <name>AwardsPage</name>
    <message>
        <source>Programs</source>
        <translation>アワード一覧</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>推薦</translation>
    </message>
    <message>
        <source>Scoring and ranking</source>
        <translation>審査と順位</translation>
    </message>
    <message>
        <source>Current award program</source>
        <translation>対象のアワード</translation>
    </message>
    <message>
        <source>Award program</source>
        <translation>アワード</translation>
    </message>
    <message>
        <source>New program from template…</source>
        <translation>ひな形からアワードを作成…</translation>
    </message>
    <message>
        <source>A program with the criteria and sections of a shipped template</source>
        <translation>同梱のひな形の評価項目・記載項目でアワードを作ります</translation>
    </message>
    <message>
        <source>Export packet…</source>
        <translation>推薦書類を出力…</translation>
    </message>
    <message>
        <source>PDF, CSV and JSON of the program&apos;s nominations, with the photos</source>
        <translation>このアワードの推薦を PDF・CSV・JSON と写真で出力します</translation>
    </message>
</context>
<context>
    <name>CaseStudyForm</name>
    <message>
        <source>Firm</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>People and support</source>
        <translation>人と支援</translation>
    </message>
    <message>
        <source>IT tools, cost and subsidy</source>
        <translation>ITツール・費用・補助金</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Two or three sentences a reader remembers.</source>
        <translation>読み手の記憶に残る2〜3文で。</translation>
    </message>
    <message>
        <source>The management issue before the IT: what went wrong, with numbers.</source>
        <translation>IT導入前の経営課題。何に困っていたかを数字も交えて。</translation>
    </message>
    <message>
        <source>What was done: which tools, how they were chosen, the steps.</source>
        <translation>何をしたか。どのツールを、どう選び、どんな手順で進めたか。</translation>
    </message>
    <message>
        <source>Who led it, the team, the supporters and the skills they built.</source>
        <translation>誰が推進したか。体制、支援機関、身についたスキル。</translation>
    </message>
    <message>
        <source>The results, with the before/after figures.</source>
        <translation>成果。導入前後の数値とともに。</translation>
    </message>
    <message>
        <source>Sections of the story</source>
        <translation>事例の記載項目</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>ストーリー</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>導入前後の数値</translation>
    </message>
    <message>
        <source>Drop photos on the list, or on a story to show them in the text.</source>
        <translation>写真は一覧にドロップしてください。ストーリーの本文にドロップすると本文中に表示されます。</translation>
    </message>
    <message>
        <source>Photos and consent</source>
        <translation>写真・公開の同意</translation>
    </message>
    <message>
        <source>{label}: characters</source>
        <translation>{label}の文字数</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状態: {status}</translation>
    </message>
    <message>
        <source>(not saved yet)</source>
        <translation>（未保存）</translation>
    </message>
    <message>
        <source>Mark as reviewed</source>
        <translation>レビュー済みにする</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>公開する</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>下書きに戻す</translation>
    </message>
    <message>
        <source>Withdraw publication</source>
        <translation>公開を取り下げる</translation>
    </message>
    <message>
        <source>{have} / {min} characters</source>
        <translation>{have} / {min}字</translation>
    </message>
</context>
<context>
    <name>CaseStudyPanel</name>
    <message>
        <source>Set status to {status}</source>
        <translation>状態を「{status}」に変更</translation>
    </message>
    <message>
        <source>Set status to {status} on {n} case studies</source>
        <translation>事例 {n} 件の状態を「{status}」に変更</translation>
    </message>
    <message>
        <source>{done} of {n} case studies changed. {refused} could not be changed: {reason}</source>
        <translation>事例 {n} 件のうち {done} 件を変更しました。{refused} 件は変更できませんでした: {reason}</translation>
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
        <source>Phone or e-mail (optional)</source>
        <translation>電話またはメール（任意）</translation>
    </message>
    <message>
        <source>Walk-in phone or e-mail</source>
        <translation>当日参加者の電話またはメール</translation>
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
        <source>This event has already been finished.</source>
        <translation>このイベントはすでに終了しています。</translation>
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
        <source>✓ {name} was on the waitlist: checked in ({time}).</source>
        <translation>✓ {name} さんはキャンセル待ちでした。受付しました（{time}）。</translation>
    </message>
    <message>
        <source>✓ {name} had cancelled: checked in ({time}).</source>
        <translation>✓ {name} さんは参加を取り消していました。受付しました（{time}）。</translation>
    </message>
    <message>
        <source>✓ {name} checked in ({time}).</source>
        <translation>✓ {name} さんを受付しました（{time}）。</translation>
    </message>
    <message>
        <source>The event is now over capacity by {n}.</source>
        <translation>定員を {n} 人超えました。</translation>
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
        <source>✓ {name} was already registered: checked in ({time}).</source>
        <translation>✓ {name} さんは登録済みでした。その登録で受付しました（{time}）。</translation>
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
        <source>Redone: {what}</source>
        <translation>やり直しました: {what}</translation>
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
    <name>ChecklistModel</name>
    <message>
        <source>OK</source>
        <translation>済</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>満たしています</translation>
    </message>
    <message>
        <source>Blocks submitting until it is fixed</source>
        <translation>対応するまで提出できません</translation>
    </message>
    <message>
        <source>Does not block submitting, but worth checking</source>
        <translation>提出はできますが、確認をおすすめします</translation>
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
    <name>CompletenessMeter</name>
    <message>
        <source>%v / 100</source>
        <translation>%v / 100点</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>不足している項目</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>{n} to do</source>
        <translation>残り {n} 項目</translation>
    </message>
    <message>
        <source>Only recommendations left</source>
        <translation>推奨項目のみ残り</translation>
    </message>
    <message>
        <source>{score} of 100; {n} items missing</source>
        <translation>100点中 {score} 点、不足 {n} 項目</translation>
    </message>
</context>
<context>
    <name>ConflictEditDialog</name>
    <message>
        <source>Edit the value to keep</source>
        <translation>残す値を編集</translation>
    </message>
    <message>
        <source>The value to keep for “{field}” of “{record}”. Both versions stay in the conflict&apos;s record.</source>
        <translation>「{record}」の「{field}」に残す値を入力してください。どちらの版も競合の記録に残ります。</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Kept (edited, not deleted)</source>
        <translation>削除しない（編集あり）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>The two texts are the same.</source>
        <translation>2つの文章は同じです。</translation>
    </message>
    <message>
        <source>Resolve conflict: {field} of {record}</source>
        <translation>競合の解決: {record} の {field}</translation>
    </message>
    <message>
        <source>Open the record</source>
        <translation>記録を開く</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>Show the differences as text</source>
        <translation>差分をテキストで表示</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>こちらの値を残す</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>相手の値を残す</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>{type} “{record}” — {field}</source>
        <translation>{type}「{record}」— {field}</translation>
    </message>
    <message>
        <source>The other computer&apos;s value applies now.</source>
        <translation>いまは相手のパソコンの値が反映されています。</translation>
    </message>
    <message>
        <source>This computer&apos;s value applies now.</source>
        <translation>いまはこのパソコンの値が反映されています。</translation>
    </message>
    <message>
        <source>A later value applies now.</source>
        <translation>いまはその後に入力された値が反映されています。</translation>
    </message>
    <message>
        <source>Detected {when}. {applied} Status: {status}.</source>
        <translation>{when} に検出。{applied}状態: {status}。</translation>
    </message>
    <message>
        <source> (in the record now)</source>
        <translation>（いまの値）</translation>
    </message>
    <message>
        <source>Mine — {device}, {when}</source>
        <translation>こちら — {device}、{when}</translation>
    </message>
    <message>
        <source>Theirs — {device}, {when}</source>
        <translation>相手 — {device}、{when}</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>こちら</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>相手</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検出日時</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Kept texts</source>
        <translation>残した本文</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>When a bundle brings a change to a field that was also changed here, both values are kept. Choose which to keep, or write the right one.</source>
        <translation>バンドルで届いた変更が、このパソコンでも変更した項目と重なったときは、両方の値を残しています。どちらを残すか選ぶか、正しい値を書いてください。</translation>
    </message>
    <message>
        <source>{n} conflict(s)</source>
        <translation>{n} 件</translation>
    </message>
    <message>
        <source>No conflicts to review.</source>
        <translation>確認が必要な競合はありません。</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>表示するものはありません。</translation>
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
    <name>CriteriaEditor</name>
    <message>
        <source>Add criterion</source>
        <translation>評価項目を追加</translation>
    </message>
    <message>
        <source>Weights count relative to each other (2 and 3 are 40% and 60%); reviewers score each criterion up to its maximum. Each change is saved at once.</source>
        <translation>重みは互いの比率で効きます（2 と 3 なら 40% と 60%）。審査員は各項目を満点までで採点します。変更はすぐに保存されます。</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>Remove {n} criteria</source>
        <translation>評価項目 {n} 件を削除</translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation>評価項目の並べ替え</translation>
    </message>
</context>
<context>
    <name>CriteriaTableModel</name>
    <message>
        <source>Share</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>The criterion&apos;s weight as a share of the total: how much it counts in the ranking</source>
        <translation>重みの合計に占める割合（順位にどれだけ効くか）</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>新しい評価項目</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>評価項目の追加</translation>
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
    <name>DeviceTableModel</name>
    <message>
        <source>Device</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>信頼</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>最後の交換</translation>
    </message>
    <message>
        <source>(no bundle from it yet)</source>
        <translation>（この端末からのバンドルはまだありません）</translation>
    </message>
    <message>
        <source>Device id {id}</source>
        <translation>端末 ID {id}</translation>
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
    <name>EligibilityField</name>
    <message>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source> people</source>
        <translation>人以下</translation>
    </message>
    <message>
        <source>Maximum employees</source>
        <translation>従業員数の上限</translation>
    </message>
    <message>
        <source>An SME under the SME Basic Act (employees or capital within the limits)</source>
        <translation>中小企業基本法の中小企業（従業員数または資本金が範囲内）</translation>
    </message>
    <message>
        <source>The nominee consented to publication</source>
        <translation>推薦対象が公開に同意している</translation>
    </message>
    <message>
        <source>A support organisation is involved</source>
        <translation>支援機関が関与している</translation>
    </message>
    <message>
        <source>A member of a community</source>
        <translation>コミュニティの会員である</translation>
    </message>
    <message>
        <source>Who can be nominated</source>
        <translation>推薦できる対象</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <source>Region (none: anywhere)</source>
        <translation>対象地域（指定なし: 全国）</translation>
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
    <name>ExchangeTableModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>People</source>
        <translation>提供人数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>(any computer)</source>
        <translation>（指定なし）</translation>
    </message>
    <message>
        <source>Communities: {n}</source>
        <translation>コミュニティ: {n} 件</translation>
    </message>
    <message>
        <source>Encrypted with a passphrase</source>
        <translation>パスフレーズで暗号化</translation>
    </message>
    <message>
        <source>Bundle {id}</source>
        <translation>バンドル {id}</translation>
    </message>
</context>
<context>
    <name>ExportPacketDialog</name>
    <message>
        <source>Export nomination packet</source>
        <translation>推薦書類の出力</translation>
    </message>
    <message>
        <source>Writing the nomination packet…</source>
        <translation>推薦書類を作成しています…</translation>
    </message>
    <message>
        <source>Award program</source>
        <translation>アワード</translation>
    </message>
    <message>
        <source>Language of the documents</source>
        <translation>書類の言語</translation>
    </message>
    <message>
        <source>Japanese era (令和8年6月1日)</source>
        <translation>和暦（令和8年6月1日）</translation>
    </message>
    <message>
        <source>Western calendar (2026年6月1日)</source>
        <translation>西暦（2026年6月1日）</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>新しいフォルダーか空のフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <source>One PDF per nomination, a CSV for Excel and a JSON file, with the photos. People who did not consent to publication appear by their role only; case studies whose firm has not consented to publication are left out.</source>
        <translation>推薦ごとの PDF、Excel 用の CSV、JSON ファイルを写真とともに出力します。公開に同意していない人は役割だけで記載し、事業者の公開の同意がない事例は含めません。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Folder for the nomination packet</source>
        <translation>推薦書類を出力するフォルダー</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>Export a bundle</source>
        <translation>バンドルを書き出す</translation>
    </message>
    <message>
        <source>Export for</source>
        <translation>書き出す相手</translation>
    </message>
    <message>
        <source>Send everything, not only what it has not seen</source>
        <translation>差分だけでなく、すべてを送る</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選ぶ…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>パスフレーズ（確認）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>For bundles with personal data: encrypted with this passphrase, which is never stored. Tell it to the recipient by another route.</source>
        <translation>個人情報を含むバンドルに。このパスフレーズで暗号化します（保存はしません）。受け取る人にはバンドルとは別の方法で伝えてください。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出す…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>コミュニティ</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Any computer (everything)</source>
        <translation>指定しない（すべて）</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>すべてのコミュニティ</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> ほか {n} 件</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>2つのパスフレーズが違います。同じパスフレーズを2回入力してください。</translation>
    </message>
</context>
<context>
    <name>FigureRowsModel</name>
    <message>
        <source>Change</source>
        <translation>変化率</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>評価</translation>
    </message>
</context>
<context>
    <name>FiguresEditor</name>
    <message>
        <source>Add figure</source>
        <translation>数値を追加</translation>
    </message>
    <message>
        <source>Double-click a cell to change it; each change is saved at once and can be undone (Ctrl+Z). Change % is computed from before and after.</source>
        <translation>セルをダブルクリックして変更します。変更はすぐに保存され、元に戻せます（Ctrl+Z）。変化率は導入前と導入後から計算されます。</translation>
    </message>
    <message>
        <source>Before/after figures</source>
        <translation>導入前後の数値</translation>
    </message>
    <message>
        <source>Auto (guess)</source>
        <translation>自動（推定）</translation>
    </message>
    <message>
        <source>Remove {n} figure(s)</source>
        <translation>数値 {n} 件を削除</translation>
    </message>
    <message>
        <source>Reorder figures</source>
        <translation>数値の並べ替え</translation>
    </message>
    <message>
        <source>Save the case study first, then add its figures.</source>
        <translation>先に事例を保存してから、数値を追加してください。</translation>
    </message>
</context>
<context>
    <name>FiguresTableModel</name>
    <message>
        <source>Change</source>
        <translation>変化率</translation>
    </message>
    <message>
        <source>(after − before) ÷ before, computed from the values; improved or worsened by the direction in “Better when”</source>
        <translation>（導入後 − 導入前）÷ 導入前。改善か悪化かは「良い方向」で判定します</translation>
    </message>
    <message>
        <source>Auto: {direction}</source>
        <translation>自動: {direction}</translation>
    </message>
    <message>
        <source>Guessed from the metric and unit. Choose a direction if the guess is wrong.</source>
        <translation>指標と単位から推定しています。違う場合は方向を選んでください。</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>新しい指標</translation>
    </message>
    <message>
        <source>Add a figure</source>
        <translation>数値の追加</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search {type}…</source>
        <translation>{type}を検索…</translation>
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
    <name>IdListField</name>
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
    <name>ImportFlow</name>
    <message>
        <source>Wait until the running task has finished.</source>
        <translation>実行中の処理が終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Import a bundle</source>
        <translation>バンドルを取り込む</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>バンドルを検証しています…</translation>
    </message>
    <message>
        <source>This bundle is encrypted. Enter the passphrase the sender gave you (by another route than the bundle).</source>
        <translation>このバンドルは暗号化されています。送り主から（バンドルとは別の方法で）伝えられたパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Trust and import</source>
        <translation>信頼して取り込む</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation>バンドルを取り込んでいます…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>取り込みを取り消しました。何も変更していません。</translation>
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
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import a bundle</source>
        <translation>バンドルを取り込む</translation>
    </message>
    <message>
        <source>The bundle was checked and nothing is changed yet. Import it?</source>
        <translation>バンドルの検証が終わりました。まだ何も変更していません。取り込みますか？</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>署名した端末</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>書き出し日時</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>全件</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>一部</translation>
    </message>
    <message>
        <source>only changes since the last exchange</source>
        <translation>前回の交換以降の差分</translation>
    </message>
    <message>
        <source>{n} communities</source>
        <translation>コミュニティ {n} 件</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>What importing would do</source>
        <translation>取り込むと</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>記録の種類</translation>
    </message>
    <message>
        <source>Records in the bundle</source>
        <translation>バンドル内の件数</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
</context>
<context>
    <name>ItToolsField</name>
    <message>
        <source>{name} ({vendor})</source>
        <translation>{name}（{vendor}）</translation>
    </message>
    <message>
        <source>not in the IT subsidy</source>
        <translation>IT導入補助金の対象外</translation>
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
        <source> (read-only)</source>
        <translation>（読み取り専用）</translation>
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
    <name>MissingItemsModel</name>
    <message>
        <source>Recommended</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>{label}: {earned} of {weight} points</source>
        <translation>{label}: {weight}点中 {earned}点</translation>
    </message>
</context>
<context>
    <name>NominationForm</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show the nominated case study, person or community</source>
        <translation>推薦した事例・人物・コミュニティを表示します</translation>
    </message>
    <message>
        <source>Refresh from case study</source>
        <translation>事例から取り込み直す</translation>
    </message>
    <message>
        <source>Copy the case study&apos;s current texts and figures into the sections you have not edited; edited sections are kept</source>
        <translation>編集していない項目に事例の現在の本文と数値を取り込み直します。編集した項目はそのまま残ります</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>記載内容</translation>
    </message>
    <message>
        <source>Title, attachments and notes</source>
        <translation>推薦名・添付・メモ</translation>
    </message>
    <message>
        <source>Not ready to submit: {n} to fix</source>
        <translation>まだ提出できません: 要対応 {n} 件</translation>
    </message>
    <message>
        <source>Ready to submit</source>
        <translation>提出できます</translation>
    </message>
    <message>
        <source>, {n} to check</source>
        <translation>、要確認 {n} 件</translation>
    </message>
    <message>
        <source>(as saved: save to check your edits)</source>
        <translation>（保存済みの内容で判定。編集中の内容は保存すると反映されます）</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状態: {status}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（削除済み）</translation>
    </message>
    <message>
        <source>Nominee: {type} — {title}</source>
        <translation>推薦対象: {type} — {title}</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提出する</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>一次選考通過にする</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>選外にする</translation>
    </message>
    <message>
        <source>Back to draft</source>
        <translation>下書きに戻す</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>受賞にする</translation>
    </message>
    <message>
        <source>Back to submitted</source>
        <translation>提出済みに戻す</translation>
    </message>
    <message>
        <source>Back to shortlisted</source>
        <translation>一次選考通過に戻す</translation>
    </message>
</context>
<context>
    <name>NominationPanel</name>
    <message>
        <source>Nominate</source>
        <translation>推薦する</translation>
    </message>
    <message>
        <source>Nominate a case study, a person or a community (Ctrl+N: a case study)</source>
        <translation>事例・人物・コミュニティを推薦します（Ctrl+N: 事例）</translation>
    </message>
    <message>
        <source>{type}…</source>
        <translation>{type}…</translation>
    </message>
    <message>
        <source>Nominate {title}</source>
        <translation>「{title}」を推薦</translation>
    </message>
    <message>
        <source>Set status to {status}</source>
        <translation>状態を「{status}」に変更</translation>
    </message>
    <message>
        <source>Refresh from case study</source>
        <translation>事例から取り込み直す</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Updated from the case study: {sections}.</source>
        <translation>事例から取り込み直しました: {sections}。</translation>
    </message>
    <message>
        <source>Kept because they were edited here: {sections}. The case study says something else now; compare them if needed.</source>
        <translation>この推薦で編集してあるため残しました: {sections}。事例の内容は変わっているので、必要なら見比べてください。</translation>
    </message>
    <message>
        <source>Nothing to copy: the sections already match the case study.</source>
        <translation>取り込む内容はありません。記載内容は事例と同じです。</translation>
    </message>
</context>
<context>
    <name>NominationSectionsField</name>
    <message>
        <source>Sections</source>
        <translation>記載内容</translation>
    </message>
    <message>
        <source>The program asks for no sections.</source>
        <translation>このアワードには記載項目がありません。</translation>
    </message>
    <message>
        <source>The rows as copied from the case study; “Refresh from case study” copies them again if they were not edited.</source>
        <translation>事例から取り込んだ数値です。編集していなければ「事例から取り込み直す」で最新になります。</translation>
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
        <source>Capacity {capacity}: {taken} seats taken, {over} over the capacity</source>
        <translation>定員 {capacity}: 使用 {taken} 席、定員超過 {over} 席</translation>
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
    <name>ProgramForm</name>
    <message>
        <source>Program</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>Required sections</source>
        <translation>記載項目</translation>
    </message>
    <message>
        <source>What the nomination checklist checks. The eligibility text on the Program tab is what the organiser wrote.</source>
        <translation>推薦のチェックリストで確認する条件です。「概要」タブの応募資格は主催者の文面です。</translation>
    </message>
    <message>
        <source>Eligibility rules</source>
        <translation>応募資格の判定条件</translation>
    </message>
    <message>
        <source>Save the program first, then add criteria.</source>
        <translation>先にアワードを保存してから、評価項目を追加してください。</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>推薦</translation>
    </message>
    <message>
        <source>Total (of 100)</source>
        <translation>総合点（100点満点）</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>採点数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Each score is divided by its criterion&apos;s maximum, averaged over the reviewers who gave it, and weighted by the criterion&apos;s weight. A criterion nobody scored counts 0.</source>
        <translation>各点数を項目の満点で割り、採点した審査員で平均し、項目の重みで加重します。誰も採点していない項目は0点です。</translation>
    </message>
    <message>
        <source>{n} reviewer(s) scored this</source>
        <translation>{n} 人が採点</translation>
    </message>
    <message>
        <source>(missing {n})</source>
        <translation>（未採点 {n}）</translation>
    </message>
    <message>
        <source>Scores are missing: the total may still change. Scores not given are left out of the averages; a criterion nobody scored counts 0.</source>
        <translation>未採点があります。総合点はまだ変わります。未採点は平均に含めず、誰も採点していない項目は0点として数えます。</translation>
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
        <source>Saved. {n} registrations are now over the capacity (they are kept).</source>
        <translation>保存しました。{n} 件の登録が定員を超えています（登録はそのまま残しています）。</translation>
    </message>
    <message>
        <source>Delete {type} “{title}”?</source>
        <translation>{type}「{title}」を削除しますか？</translation>
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
        <source>Records that refer to them are not deleted with them; they keep pointing at the deleted {type}.</source>
        <translation>これらを参照している記録は一緒には削除されず、削除済みの{type}を指したままになります。</translation>
    </message>
    <message>
        <source>Other records refer to it:</source>
        <translation>この記録を参照している記録があります:</translation>
    </message>
    <message>
        <source>Other records refer to them:</source>
        <translation>これらの記録を参照している記録があります:</translation>
    </message>
    <message>
        <source>• {type}: {n}</source>
        <translation>・{type}: {n} 件</translation>
    </message>
    <message>
        <source> (e.g. {titles})</source>
        <translation>（例: {titles}）</translation>
    </message>
    <message>
        <source>They are not deleted with it: they keep pointing at the deleted {type} (shown as “(deleted)”) until you change them or restore it.</source>
        <translation>参照している記録は一緒には削除されず、削除済みの{type}を指したままになります（「（削除済み）」と表示）。参照先を変えるか、この{type}を復元するまでそのままです。</translation>
    </message>
    <message>
        <source>They are not deleted with them: they keep pointing at the deleted {type} (shown as “(deleted)”) until you change them or restore them.</source>
        <translation>参照している記録は一緒には削除されず、削除済みの{type}を指したままになります（「（削除済み）」と表示）。参照先を変えるか、復元するまでそのままです。</translation>
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
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
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
    <name>ScoreGridModel</name>
    <message>
        <source>{name}
×{weight} · max {max}</source>
        <translation>{name}
重み{weight}・{max}点満点</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>未採点</translation>
    </message>
    <message>
        <source>{score} of {max}</source>
        <translation>{max}点中 {score}点</translation>
    </message>
    <message>
        <source>Scores of “{criterion}” go from 0 to {max}.</source>
        <translation>「{criterion}」の点数は0〜{max}点です。</translation>
    </message>
    <message>
        <source>Score {criterion} of {title}</source>
        <translation>「{title}」の「{criterion}」を採点</translation>
    </message>
</context>
<context>
    <name>ScoringView</name>
    <message>
        <source>Reviewer</source>
        <translation>審査員</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>採点数</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Comment on the selected score</source>
        <translation>選んだ点数へのコメント</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>コメントを保存</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Ranking (all reviewers)</source>
        <translation>順位（全審査員）</translation>
    </message>
    <message>
        <source>Choose a program above.</source>
        <translation>上でアワードを選んでください。</translation>
    </message>
    <message>
        <source>Type your name as the reviewer to give scores.</source>
        <translation>採点するには審査員としてあなたの名前を入力してください。</translation>
    </message>
    <message>
        <source>Double-click a cell (or type a number) to score; Delete clears a score. Each score is saved at once and can be undone.</source>
        <translation>セルをダブルクリック（または数字を入力）して採点します。Delete で未採点に戻します。点数はすぐに保存され、元に戻せます。</translation>
    </message>
    <message>
        <source>Give a score first, then a comment</source>
        <translation>先に点数を入れてからコメントしてください</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>{type} ({n})</source>
        <translation>{type}（{n}）</translation>
    </message>
    <message>
        <source>Show all {n} in {type}…</source>
        <translation>{type}の一覧で {n} 件すべてを表示…</translation>
    </message>
</context>
<context>
    <name>SectionListModel</name>
    <message>
        <source>figures table</source>
        <translation>数値の表</translation>
    </message>
    <message>
        <source>{have} / {min} characters</source>
        <translation>{have} / {min}字</translation>
    </message>
    <message>
        <source>{have} characters</source>
        <translation>{have}字</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>編集済み</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>事例から</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Edited here; the case study now says something else too</source>
        <translation>この推薦で編集済み。事例の内容も変わっています</translation>
    </message>
</context>
<context>
    <name>SectionsField</name>
    <message>
        <source>(written for the program)</source>
        <translation>（推薦ごとに記入）</translation>
    </message>
</context>
<context>
    <name>SectionsTableModel</name>
    <message>
        <source>Title (Japanese)</source>
        <translation>項目名（日本語）</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>項目名（英語）</translation>
    </message>
    <message>
        <source>Taken from the case study</source>
        <translation>事例の取り込み元</translation>
    </message>
    <message>
        <source>Minimum characters</source>
        <translation>最低文字数</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>(written for the program)</source>
        <translation>（推薦ごとに記入）</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>新しい記載項目</translation>
    </message>
</context>
<context>
    <name>StorySectionsModel</name>
    <message>
        <source>{have} / {min} characters</source>
        <translation>{have} / {min}字</translation>
    </message>
    <message>
        <source>enough</source>
        <translation>十分</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>不足</translation>
    </message>
</context>
<context>
    <name>SyncFlows</name>
    <message>
        <source>Mitake bundles (*.mitake);;All files (*)</source>
        <translation>Mitake バンドル (*.mitake);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The bundle was written to {path}.</source>
        <translation>バンドルを {path} に書き出しました。</translation>
    </message>
    <message>
        <source>It holds {records} records ({types}) and {blobs} attachments; the data of {people} people was provided.</source>
        <translation>記録 {records} 件（{types}）と添付 {blobs} 件を含み、{people} 人分の個人データを提供しました。</translation>
    </message>
    <message>
        <source>only what the other computer has not seen yet</source>
        <translation>相手がまだ持っていない変更のみ</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Profile: {profile}; {kind}.</source>
        <translation>プロファイル: {profile}、{kind}。</translation>
    </message>
    <message>
        <source>Encrypted with your passphrase: tell it to the recipient by another route than the bundle (by phone, not in the same e-mail).</source>
        <translation>パスフレーズで暗号化しました。受け取る人には、バンドルとは別の方法で伝えてください（同じメールに書かず、電話などで）。</translation>
    </message>
    <message>
        <source>{n} attachments are not on this computer and were left out.</source>
        <translation>添付ファイル {n} 件はこのパソコンに本体がないため含めていません。</translation>
    </message>
    <message>
        <source>The export was cancelled; no bundle was written.</source>
        <translation>書き出しを取り消しました。バンドルは作成していません。</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>バンドルを書き出しています…</translation>
    </message>
    <message>
        <source>This bundle is signed by this database itself, yet it holds changes this database does not have.

That is expected after restoring an older backup: import it to get that work back.

If instead a copy of this database file is in use on another computer, do not import it: that computer needs a database of its own, filled by importing bundles.</source>
        <translation>このバンドルはこのデータベース自身の署名ですが、ここにない変更を含んでいます。

古いバックアップから戻した後ならそのとおりで、取り込めばその作業が戻ります。

データベースのファイルを複製して別のパソコンで使っている場合は取り込まないでください。そのパソコンには自分のデータベースを用意し、バンドルを取り込んでください。</translation>
    </message>
    <message>
        <source>This bundle is signed by “{name}”, a computer this one does not trust yet.

Its fingerprint:
{fingerprint}

Ask the sender to read you the fingerprint shown on their Sync page and compare it. Trust this computer only if the two match: its bundles will then be imported without this question.</source>
        <translation>このバンドルは、このパソコンがまだ信頼していない端末「{name}」が署名しています。

その指紋:
{fingerprint}

送り主に、相手の同期ページに表示されている指紋を読み上げてもらい、照らし合わせてください。一致したときだけ信頼してください。以後、この端末のバンドルはこの確認なしで取り込みます。</translation>
    </message>
    <message>
        <source>The bundle from “{name}” was imported: {summary}.</source>
        <translation>「{name}」からのバンドルを取り込みました: {summary}。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Import a bundle</source>
        <translation>バンドルを取り込む</translation>
    </message>
    <message>
        <source>A bundle from another computer is checked completely first; you see what it would change before anything is written.</source>
        <translation>他のパソコンからのバンドルは、まずすべてを検証します。書き込む前に、何が変わるかを確認できます。</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>バンドルを取り込む…</translation>
    </message>
    <message>
        <source>Exchange history</source>
        <translation>交換の履歴</translation>
    </message>
    <message>
        <source>Every bundle written or imported here. The exports are the record of provision: to whom, which profile, how many people&apos;s data.</source>
        <translation>このパソコンで書き出し・取り込みしたすべてのバンドル。書き出しの行は提供の記録です（誰に、どのプロファイルで、何人分の個人データか）。</translation>
    </message>
    <message>
        <source>Known devices</source>
        <translation>把握しているデバイス</translation>
    </message>
    <message>
        <source>Trust…</source>
        <translation>信頼する…</translation>
    </message>
    <message>
        <source>Stop trusting…</source>
        <translation>信頼をやめる…</translation>
    </message>
    <message>
        <source>Forget key…</source>
        <translation>鍵を忘れる…</translation>
    </message>
    <message>
        <source>This computer: {name} · fingerprint {fingerprint} (read it to the people you exchange bundles with)</source>
        <translation>このパソコン: {name} · 指紋 {fingerprint}（バンドルを交換する相手に読み上げて確かめてもらいます）</translation>
    </message>
    <message>
        <source>Trust “{name}”? Its bundles will be imported without asking.

Fingerprint: {fingerprint}

Compare it with the one the sender reads to you first.</source>
        <translation>「{name}」を信頼しますか？この端末のバンドルは確認なしで取り込むようになります。

指紋: {fingerprint}

先に、送り主が読み上げる指紋と照らし合わせてください。</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信頼する</translation>
    </message>
    <message>
        <source>Stop trusting “{name}”? Its next bundle will ask again before it is imported.</source>
        <translation>「{name}」の信頼をやめますか？次のバンドルは、取り込む前にもう一度確認します。</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>信頼をやめる</translation>
    </message>
    <message>
        <source>Forget the key of “{name}” (fingerprint {fingerprint})? Do this when that computer was reinstalled: its next bundle will ask for trust again, with its new key.</source>
        <translation>「{name}」の鍵（指紋 {fingerprint}）を忘れますか？そのパソコンを再インストールしたときに行います。次のバンドルでは、新しい鍵を信頼するかを改めて確認します。</translation>
    </message>
    <message>
        <source>Forget key</source>
        <translation>鍵を忘れる</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>Internal (our own computers)</source>
        <translation>内部（自組織のパソコン）</translation>
    </message>
    <message>
        <source>Joint use (member organisations)</source>
        <translation>共同利用（会員組織）</translation>
    </message>
    <message>
        <source>Redacted (names and communities)</source>
        <translation>氏名のみ（名簿）</translation>
    </message>
    <message>
        <source>Public (consented to publication)</source>
        <translation>公開（公開に同意した情報）</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>Joint use</source>
        <translation>共同利用</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>氏名のみ</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <source>Everything, for your own organisation&apos;s laptops. Leaves nothing out.</source>
        <translation>自組織のパソコン間で使う、すべてのデータ。何も除きません。</translation>
    </message>
    <message>
        <source>For joint use with the community&apos;s member organisations. Leaves out people who consented to internal use only, and what needs them (their memberships, registrations…).</source>
        <translation>コミュニティの会員組織との共同利用向け。内部利用にだけ同意した人と、その人が必要な記録（メンバーシップ・参加登録など）を除きます。</translation>
    </message>
    <message>
        <source>A roster: communities, memberships, and the names of people who consented to joint use or publication. Leaves out contacts, organisations, events, case studies and everything else.</source>
        <translation>名簿: コミュニティ、メンバーシップ、共同利用か公開に同意した人の氏名。連絡先・組織・イベント・事例など、それ以外はすべて除きます。</translation>
    </message>
    <message>
        <source>Only what may be published: people who consented to publication (name, organisation, title), published case studies, public facts. Leaves out contacts, notes, registrations, meetings, follow-ups and judging.</source>
        <translation>公開してよいものだけ: 公開に同意した人（氏名・所属・役職）、公開に同意した事例、公開情報。連絡先・メモ・参加登録・商談・フォローアップ・審査は除きます。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>復活</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Replaced texts kept</source>
        <translation>置き換わった本文の保存</translation>
    </message>
    <message>
        <source>Waiting for their parent</source>
        <translation>参照先待ち（保留）</translation>
    </message>
    <message>
        <source>Quarantined (clock ahead)</source>
        <translation>隔離（時刻が先）</translation>
    </message>
    <message>
        <source>New attachments</source>
        <translation>新しい添付</translation>
    </message>
    <message>
        <source>{n} deleted records come back: they were edited elsewhere after the delete.</source>
        <translation>削除された記録のうち {n} 件は、削除の後に他のパソコンで編集されていたため復活となります。</translation>
    </message>
    <message>
        <source>{n} fields were changed here and on the other computer: both values are kept for you to review on the Conflicts page.</source>
        <translation>{n} 件の項目は、このパソコンと相手のパソコンの両方で変更されていました。両方の値を残しますので、競合ページで確認してください。</translation>
    </message>
    <message>
        <source>{n} texts replaced by the other computer&apos;s later edit are kept on the Conflicts page.</source>
        <translation>相手のパソコンの後からの編集で置き換わる本文 {n} 件は、競合ページに残します。</translation>
    </message>
    <message>
        <source>{n} records wait for the records they refer to and apply when those arrive.</source>
        <translation>{n} 件は参照先の記録がまだ届いていないため、届いたときに反映します。</translation>
    </message>
    <message>
        <source>{n} changes carry a time more than a day ahead and are held back: check the sender&apos;s clock.</source>
        <translation>{n} 件の変更は時刻が1日以上先のため、反映せずに隔離します。送り主のパソコンの時計を確かめてください。</translation>
    </message>
    <message>
        <source>{n} conflicts were resolved on the other computer: they are closed here too.</source>
        <translation>相手のパソコンで解決済みの競合 {n} 件を、こちらでも閉じます。</translation>
    </message>
    <message>
        <source>{n} people added have the same e-mail (or name and phone) as someone already here: the same person may have been entered on both computers. Check them on the People page.</source>
        <translation>取り込んだ人物のうち {n} 人は、すでにいる人とメールアドレス（または氏名と電話番号）が同じです。別のパソコンで同じ人が登録されたのかもしれません。人物ページで確かめてください。</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>{records} records, {blobs} attachments</source>
        <translation>記録 {records} 件、添付 {blobs} 件</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Kept (replaced text)</source>
        <translation>保存（置き換わった本文）</translation>
    </message>
    <message>
        <source>Resolved: kept mine</source>
        <translation>解決済み: こちらの値</translation>
    </message>
    <message>
        <source>Resolved: kept theirs</source>
        <translation>解決済み: 相手の値</translation>
    </message>
    <message>
        <source>Resolved: edited</source>
        <translation>解決済み: 編集</translation>
    </message>
    <message>
        <source>Resolved on the other computer</source>
        <translation>相手のパソコンで解決済み</translation>
    </message>
    <message>
        <source>Resolved on the other computer ({device})</source>
        <translation>相手のパソコン（{device}）で解決済み</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
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
        <source>Not trusted yet</source>
        <translation>まだ信頼していない端末</translation>
    </message>
    <message>
        <source>New device, not trusted yet</source>
        <translation>初めての端末（まだ信頼していません）</translation>
    </message>
    <message>
        <source>Signing key changed (refused)</source>
        <translation>鍵が以前と違う端末（取り込みません）</translation>
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
    <name>TemplateDialog</name>
    <message>
        <source>New award program from a template</source>
        <translation>ひな形から新しいアワード</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>ひな形</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主催</translation>
    </message>
    <message>
        <source>Create program</source>
        <translation>アワードを作成</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>評価項目</translation>
    </message>
    <message>
        <source>New program {name}</source>
        <translation>アワード「{name}」を作成</translation>
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
<context>
    <name>_SectionsRows</name>
    <message>
        <source>Add section</source>
        <translation>記載項目を追加</translation>
    </message>
    <message>
        <source>A nomination copies each section from the case-study field named here; sections not taken from the case study are written per nomination. Saved with the program.</source>
        <translation>推薦は各記載項目をここで指定した事例の項目から取り込みます。取り込み元のない項目は推薦ごとに記入します。アワードと一緒に保存されます。</translation>
    </message>
</context>
</TS>
