<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>Diese Sicherung &amp;wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Vorheriger Tag</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Vorheriger Tag (Alt+Links)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Nächster Tag ▶</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Nächster Tag (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation>Zu heute (Strg+T)</translation>
    </message>
    <message>
        <source>How was the day?</source>
        <translation>Wie war der Tag?</translation>
    </message>
    <message>
        <source>&amp;Energy</source>
        <translation>&amp;Energie</translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation>&amp;Stimmung</translation>
    </message>
    <message>
        <source>&amp;Stress</source>
        <translation>St&amp;ress</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Belastung</translation>
    </message>
    <message>
        <source>Slee&amp;p (hours)</source>
        <translation>Schla&amp;f (Stunden)</translation>
    </message>
    <message>
        <source>Sleep in hours</source>
        <translation>Schlaf in Stunden</translation>
    </message>
    <message>
        <source>Sleep &amp;quality</source>
        <translation>Schlaf&amp;qualität</translation>
    </message>
    <message>
        <source>Your boundaries today</source>
        <translation>Deine Grenzen heute</translation>
    </message>
    <message>
        <source>You have not written any boundaries yet. “Boundaries and tags…” lets you add your own, such as “Stopped work by 18:00”.</source>
        <translation>Du hast noch keine Grenzen notiert. Unter „Grenzen und Schlagwörter…“ kannst du eigene anlegen, etwa „Um 18:00 Feierabend gemacht“.</translation>
    </message>
    <message>
        <source>What drained or restored you</source>
        <translation>Was dich Kraft gekostet oder gestärkt hat</translation>
    </message>
    <message>
        <source>Tags: space ticks one</source>
        <translation>Schlagwörter: Leertaste hakt eines an</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Anything you want to remember about today…</source>
        <translation>Was du von heute festhalten möchtest…</translation>
    </message>
    <message>
        <source>S&amp;hare this note with my therapist</source>
        <translation>Notiz für die &amp;Therapie freigeben</translation>
    </message>
    <message>
        <source>&amp;Boundaries and tags…</source>
        <translation>&amp;Grenzen und Schlagwörter…</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Go back to what was last saved for this day</source>
        <translation>Zurück zum zuletzt gespeicherten Stand dieses Tages</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Eintrag speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>Your tags will be here to tick, such as “Long meeting” or “Walk outside”. Add your own with “Boundaries and tags…”.</source>
        <translation>Hier stehen deine Schlagwörter zum Ankreuzen, etwa „Langes Meeting“ oder „Spaziergang“. Eigene legst du unter „Grenzen und Schlagwörter…“ an.</translation>
    </message>
    <message>
        <source>Hours slept last night: pick one, or type it as 6:30, 6,5 or 6 h 30 min.</source>
        <translation>Wie lange du letzte Nacht geschlafen hast: wähle einen Wert, oder tippe ihn als 6:30, 6,5 oder 6 Std. 30 Min.</translation>
    </message>
    <message>
        <source>Bring this &amp;up in therapy</source>
        <translation>In der Therapie &amp;ansprechen</translation>
    </message>
    <message>
        <source>It goes on the first page of the report for your therapist.</source>
        <translation>Das kommt auf die erste Seite des Berichts für deine Therapeutin oder deinen Therapeuten.</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encryption and lock</source>
        <translation>Verschlüsselung und Sperre</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>At least 8 characters; a few words work well</source>
        <translation>Mindestens 8 Zeichen; ein paar Wörter eignen sich gut</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>Noch &amp;einmal</translation>
    </message>
    <message>
        <source>&amp;Lock after</source>
        <translation>&amp;Sperren nach</translation>
    </message>
    <message>
        <source> idle minutes</source>
        <translation> Minuten ohne Eingabe</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Ask for a &amp;PIN</source>
        <translation>Nach einer &amp;PIN fragen</translation>
    </message>
    <message>
        <source>4 or more characters (leave empty to keep the current PIN)</source>
        <translation>4 oder mehr Zeichen (leer lassen, um die jetzige PIN zu behalten)</translation>
    </message>
    <message>
        <source>I understand: without this passphrase nobody can open my journal — not me, not Ebb&apos;s authors.</source>
        <translation>Ich habe verstanden: Ohne diese Passphrase kann niemand mein Tagebuch öffnen – weder ich noch die Leute hinter Ebb.</translation>
    </message>
    <message>
        <source>&amp;Encrypt my journal</source>
        <translation>Mein Tagebuch &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Passphrase ä&amp;ndern</translation>
    </message>
    <message>
        <source>&amp;Turn encryption off</source>
        <translation>Verschlüsselung &amp;ausschalten</translation>
    </message>
    <message>
        <source>&amp;Save lock time</source>
        <translation>Sperrzeit &amp;speichern</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Lock when I step away</source>
        <translation>Sperren, wenn ich weggehe</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for my therapist</source>
        <translation>Export für meine Therapie</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>&amp;Name on it</source>
        <translation>&amp;Name darauf</translation>
    </message>
    <message>
        <source>Optional, e.g. your first name</source>
        <translation>Optional, z. B. dein Vorname</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <source>Pacing patterns and when they were seen</source>
        <translation>Belastungsmuster und wann sie auftraten</translation>
    </message>
    <message>
        <source>Weekly reflections</source>
        <translation>Wochenrückblicke</translation>
    </message>
    <message>
        <source>Boundaries held and slipped</source>
        <translation>Eingehaltene und gerissene Grenzen</translation>
    </message>
    <message>
        <source>Notes — only the ones ticked below</source>
        <translation>Notizen – nur die unten angehakten</translation>
    </message>
    <message>
        <source>T&amp;ick</source>
        <translation>A&amp;nhaken</translation>
    </message>
    <message>
        <source>Notes to include: space ticks one</source>
        <translation>Aufzunehmende Notizen: Leertaste hakt eine an</translation>
    </message>
    <message>
        <source>This file will hold sensitive health information. Keep it somewhere private and share it only with people you trust.</source>
        <translation>Diese Datei enthält sensible Gesundheitsdaten. Bewahre sie geschützt auf und gib sie nur Menschen, denen du vertraust.</translation>
    </message>
    <message>
        <source>Preview: exactly what the report will contain</source>
        <translation>Vorschau: genau das, was der Bericht enthalten wird</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <source>Optional: what you want to talk about (first on page 1)</source>
        <translation>Optional: worüber du sprechen möchtest (zuerst auf Seite 1)</translation>
    </message>
    <message>
        <source>Your question or concern for the session</source>
        <translation>Deine Frage oder dein Anliegen für die Sitzung</translation>
    </message>
    <message>
        <source>What changed, key numbers and charts</source>
        <translation>Was sich verändert hat, wichtige Zahlen und Diagramme</translation>
    </message>
    <message>
        <source>Burnout self-checks</source>
        <translation>Burnout-Selbsttests</translation>
    </message>
    <message>
        <source>Notes I marked to bring up in therapy (on page 1)</source>
        <translation>Notizen, die ich in der Therapie ansprechen möchte (auf Seite 1)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import into my journal</source>
        <translation>In mein Tagebuch importieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>An Ebb CSV or a Daylio CSV export</source>
        <translation>Eine Ebb-CSV oder ein Daylio-CSV-Export</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose a file: Ebb shows what it would change before anything is written.</source>
        <translation>Wähle eine Datei: Ebb zeigt, was sich ändern würde, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Place these moods on Ebb&apos;s 0–10 mood scale</source>
        <translation>Ordne diese Stimmungen auf Ebbs Skala von 0–10 ein</translation>
    </message>
    <message>
        <source>Daylio&apos;s own moods are placed for you (rad 9, good 7, meh 5, bad 3, awful 1). These names are your own: choose where each sits.</source>
        <translation>Daylios eigene Stimmungen sind schon eingeordnet (rad 9, good 7, meh 5, bad 3, awful 1). Diese Namen stammen von dir: wähle, wo jede hingehört.</translation>
    </message>
    <message>
        <source>Your mood names and their place on the scale</source>
        <translation>Deine Stimmungsnamen und ihr Platz auf der Skala</translation>
    </message>
    <message>
        <source>Days the import would change</source>
        <translation>Tage, die der Import ändern würde</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Zeilen, die nicht importiert werden können</translation>
    </message>
</context>
<context>
    <name>ManageDialog</name>
    <message>
        <source>Boundaries and tags</source>
        <translation>Grenzen und Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Boundaries</source>
        <translation>&amp;Grenzen</translation>
    </message>
    <message>
        <source>Boundaries are promises you make to yourself. Each check-in asks whether you held them. Press F2 to rename one. Retiring a boundary keeps its history.</source>
        <translation>Grenzen sind Versprechen an dich selbst. Jeder Eintrag fragt, ob du sie gehalten hast. Mit F2 benennst du eine um. Eine Grenze in den Ruhestand zu schicken behält ihre Geschichte.</translation>
    </message>
    <message>
        <source>Your boundaries</source>
        <translation>Deine Grenzen</translation>
    </message>
    <message>
        <source>A new boundary, e.g. “Stopped work by 18:00”</source>
        <translation>Eine neue Grenze, z. B. „Um 18:00 Feierabend gemacht“</translation>
    </message>
    <message>
        <source>New boundary</source>
        <translation>Neue Grenze</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>In den &amp;Ruhestand</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>Tags name what drained or restored you. Press F2 to rename one. Retiring a tag keeps its history.</source>
        <translation>Schlagwörter benennen, was dich Kraft gekostet oder gestärkt hat. Mit F2 benennst du eines um. Ein Schlagwort in den Ruhestand zu schicken behält seine Geschichte.</translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation>Deine Schlagwörter</translation>
    </message>
    <message>
        <source>Selected tag &amp;is:</source>
        <translation>Ausgewähltes Schlagwort &amp;ist:</translation>
    </message>
    <message>
        <source>R&amp;etire</source>
        <translation>In den R&amp;uhestand</translation>
    </message>
    <message>
        <source>A new tag, e.g. “meetings” or “walk outside”</source>
        <translation>Ein neues Schlagwort, z. B. „Besprechungen“ oder „Spaziergang“</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Schlagwort</translation>
    </message>
    <message>
        <source>Kind of the new tag</source>
        <translation>Art des neuen Schlagworts</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>Welcome to Ebb</source>
        <translation>Willkommen bei Ebb</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your boundaries.&lt;/b&gt; Pick a few promises to yourself to notice each day — or write your own. You can change them any time.</source>
        <translation>&lt;b&gt;Deine Grenzen.&lt;/b&gt; Wähle ein paar Versprechen an dich selbst, auf die du jeden Tag achten willst – oder schreib eigene. Du kannst sie jederzeit ändern.</translation>
    </message>
    <message>
        <source>Boundary suggestions: space ticks one</source>
        <translation>Vorschläge für Grenzen: Leertaste hakt einen an</translation>
    </message>
    <message>
        <source>Or write your own, then press Enter</source>
        <translation>Oder schreib eine eigene und drücke Enter</translation>
    </message>
    <message>
        <source>Your own boundary</source>
        <translation>Deine eigene Grenze</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remind me to check in at</source>
        <translation>&amp;Erinnere mich an den Eintrag um</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Erinnerungszeit</translation>
    </message>
    <message>
        <source>E&amp;xplore with demo data first</source>
        <translation>Erst mit Beispiel&amp;daten ausprobieren</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Übe&amp;rspringen</translation>
    </message>
    <message>
        <source>&amp;Start my journal</source>
        <translation>Mein Tagebuch &amp;beginnen</translation>
    </message>
    <message>
        <source>Add a few &amp;tags for what drains and restores you</source>
        <translation>Ein paar &amp;Schlagwörter für das, was dich erschöpft und was dir guttut, anlegen</translation>
    </message>
    <message>
        <source>I use Ebb on an&amp;other computer…</source>
        <translation>Ich nutze Ebb auf einem &amp;anderen Computer…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Restored the backup from %1. The journal as it was is kept as %2.</source>
        <translation>Die Sicherung vom %1 ist wiederhergestellt. Das Tagebuch, wie es war, liegt als %2 bereit.</translation>
    </message>
    <message>
        <source>Encryption is off: the journal is a plain file again. Older backups stay encrypted.</source>
        <translation>Die Verschlüsselung ist aus: Das Tagebuch ist wieder eine normale Datei. Ältere Sicherungen bleiben verschlüsselt.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Entsperrt.</translation>
    </message>
    <message>
        <source>Ebb is locked. Enter your PIN.</source>
        <translation>Ebb ist gesperrt. Gib deine PIN ein.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Diese PIN stimmt nicht. Versuch es noch einmal.</translation>
    </message>
    <message>
        <source>This journal is encrypted. Enter its passphrase to open it.</source>
        <translation>Dieses Tagebuch ist verschlüsselt. Gib seine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Ebb</source>
        <translation>Ebb</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The newest backup is from %2. Ebb can continue from it: the damaged file will be kept aside, not deleted, in case it can be rescued later.&lt;/p&gt;&lt;p&gt;Continue from the backup?&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Die neueste Sicherung ist vom %2. Ebb kann damit weitermachen: Die beschädigte Datei wird beiseitegelegt, nicht gelöscht, falls sie sich später noch retten lässt.&lt;/p&gt;&lt;p&gt;Mit der Sicherung weitermachen?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ebb continues from the backup of %1. The damaged file is kept as %2.</source>
        <translation>Ebb macht mit der Sicherung vom %1 weiter. Die beschädigte Datei liegt als %2 bereit.</translation>
    </message>
    <message>
        <source>This journal is already open in Ebb, perhaps in another session. Close it there first; nothing was changed.</source>
        <translation>Dieses Tagebuch ist schon in Ebb geöffnet, vielleicht in einer anderen Sitzung. Schließe es zuerst dort; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Your journal is encrypted. Keep your passphrase safe.</source>
        <translation>Dein Tagebuch ist verschlüsselt. Bewahre deine Passphrase gut auf.</translation>
    </message>
    <message>
        <source>Your journal is encrypted, and so are the backups kept beside it. Keep your passphrase safe.</source>
        <translation>Dein Tagebuch ist verschlüsselt, ebenso die Sicherungen daneben. Bewahre deine Passphrase gut auf.</translation>
    </message>
    <message>
        <source>The passphrase is changed, for your backups too.</source>
        <translation>Die Passphrase ist geändert, auch für deine Sicherungen.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase is changed, for your backups too, except %n older one(s) made before an earlier change: they still open with that passphrase. You can delete them under Backups.</source>
        <translation>
            <numerusform>Die Passphrase ist geändert, auch für deine Sicherungen, außer für %n ältere, die vor einer früheren Änderung entstand: Sie öffnet sich weiter mit jener Passphrase. Du kannst sie unter Sicherungen löschen.</numerusform>
            <numerusform>Die Passphrase ist geändert, auch für deine Sicherungen, außer für %n ältere, die vor einer früheren Änderung entstanden: Sie öffnen sich weiter mit jener Passphrase. Du kannst sie unter Sicherungen löschen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase did not open the journal. Check that Caps Lock is off, and try again.</source>
        <translation>Diese Passphrase hat das Tagebuch nicht geöffnet. Prüfe, ob die Feststelltaste aus ist, und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Demo journal (invented data)</source>
        <translation>Demo-Tagebuch (erfundene Daten)</translation>
    </message>
    <message>
        <source>Encrypted journal</source>
        <translation>Verschlüsseltes Tagebuch</translation>
    </message>
    <message>
        <source>That passphrase did not open the journal. Check that Caps Lock is off, and try again.
If you are sure of it, the file may have been changed: Journal → Backups can put a backup in its place.</source>
        <translation>Diese Passphrase hat das Tagebuch nicht geöffnet. Prüfe, ob die Feststelltaste aus ist, und versuche es noch einmal.
Wenn du dir sicher bist, wurde die Datei vielleicht verändert: Unter Tagebuch → Sicherungen kann eine Sicherung an ihre Stelle treten.</translation>
    </message>
</context>
<context>
    <name>ReviewSettingsDialog</name>
    <message>
        <source>Weekly review settings</source>
        <translation>Einstellungen für den Wochenrückblick</translation>
    </message>
    <message>
        <source>Word the questions the way that helps you. Answers you already gave keep the question as it was asked then.</source>
        <translation>Formuliere die Fragen so, wie es dir hilft. Bereits gegebene Antworten behalten die Frage, wie sie damals gestellt war.</translation>
    </message>
    <message>
        <source>Question &amp;1</source>
        <translation>Frage &amp;1</translation>
    </message>
    <message>
        <source>Question &amp;2</source>
        <translation>Frage &amp;2</translation>
    </message>
    <message>
        <source>Question &amp;3</source>
        <translation>Frage &amp;3</translation>
    </message>
    <message>
        <source>Question &amp;4</source>
        <translation>Frage &amp;4</translation>
    </message>
    <message>
        <source>Question &amp;5</source>
        <translation>Frage &amp;5</translation>
    </message>
    <message>
        <source>&amp;Remind me on</source>
        <translation>&amp;Erinnere mich am</translation>
    </message>
    <message>
        <source>Use Ebb&apos;s &amp;wording again</source>
        <translation>Ebbs &amp;Formulierungen wieder verwenden</translation>
    </message>
    <message>
        <source>Also offer the monthly burnout &amp;self-check that day</source>
        <translation>An diesem Tag auch den monatlichen Burnout-&amp;Selbsttest anbieten</translation>
    </message>
    <message>
        <source>Offer one &amp;gentle question each week, about the habits burnout grows from</source>
        <translation>Jede Woche eine &amp;behutsame Frage zu den Gewohnheiten anbieten, aus denen Burnout wächst</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Remind me to check in (not on days I already have)</source>
        <translation>&amp;Erinnere mich an den Eintrag (nicht an Tagen, an denen ich schon einen habe)</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>&amp;Um</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Start Ebb when I &amp;log in</source>
        <translation>Ebb beim &amp;Anmelden starten</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>Erschei&amp;nungsbild</translation>
    </message>
    <message>
        <source>&amp;Keep Ebb running when I close its window, so reminders can appear</source>
        <translation>Ebb &amp;weiterlaufen lassen, wenn ich sein Fenster schließe, damit Erinnerungen erscheinen können</translation>
    </message>
    <message>
        <source>Reminders appear as desktop notifications while Ebb runs, even without its window. The weekly review reminder follows the day chosen on the review page.</source>
        <translation>Erinnerungen erscheinen als Desktop-Benachrichtigungen, solange Ebb läuft, auch ohne sein Fenster. Die Erinnerung an den Wochenrückblick folgt dem Tag, der auf der Rückblick-Seite gewählt ist.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ebb</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Taken by hand</source>
        <translation>Von Hand angelegt</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an update of Ebb</source>
        <translation>Vor einer Aktualisierung von Ebb</translation>
    </message>
    <message>
        <source>What drained me this week?</source>
        <translation>Was hat mich diese Woche Kraft gekostet?</translation>
    </message>
    <message>
        <source>What restored me?</source>
        <translation>Was hat mich gestärkt?</translation>
    </message>
    <message>
        <source>A boundary I held, or want to hold:</source>
        <translation>Eine Grenze, die ich gehalten habe oder halten will:</translation>
    </message>
    <message>
        <source>Something I am proud of — it need not be about work:</source>
        <translation>Etwas, worauf ich stolz bin – es muss nichts mit Arbeit zu tun haben:</translation>
    </message>
    <message>
        <source>One small change for next week:</source>
        <translation>Eine kleine Änderung für nächste Woche:</translation>
    </message>
    <message>
        <source>Energy below the usual</source>
        <translation>Energie unter dem Üblichen</translation>
    </message>
    <message>
        <source>Mood below the usual</source>
        <translation>Stimmung unter dem Üblichen</translation>
    </message>
    <message>
        <source>Stress above the usual</source>
        <translation>Stress über dem Üblichen</translation>
    </message>
    <message>
        <source>Stress rising steadily</source>
        <translation>Stress steigt stetig</translation>
    </message>
    <message>
        <source>Less sleep than needed</source>
        <translation>Weniger Schlaf als nötig</translation>
    </message>
    <message>
        <source>Sleep felt poor</source>
        <translation>Schlaf fühlte sich schlecht an</translation>
    </message>
    <message>
        <source>Boundaries slipping more often</source>
        <translation>Grenzen reißen öfter</translation>
    </message>
    <message>
        <source>Days asking more than the energy there was</source>
        <translation>Tage verlangen mehr, als Energie da war</translation>
    </message>
    <message>
        <source>Big days followed by crashes</source>
        <translation>Große Tage mit anschließendem Einbruch</translation>
    </message>
    <message>
        <source>Days more changeable (uncertain sign)</source>
        <translation>Tage wechselhafter (unsicheres Zeichen)</translation>
    </message>
    <message>
        <source>This report shows what the person recorded in Ebb, a self-tracking journal, and patterns Ebb computed from it against the person&apos;s own usual. They are observations, not diagnoses. Notes appear only if the person chose to share them.</source>
        <translation>Dieser Bericht zeigt, was die Person in Ebb, einem Tagebuch zur Selbstbeobachtung, festgehalten hat, und Muster, die Ebb daraus im Vergleich zu ihrem eigenen Üblichen berechnet hat. Es sind Beobachtungen, keine Diagnosen. Notizen erscheinen nur, wenn die Person sie teilen wollte.</translation>
    </message>
    <message>
        <source># Ebb report%1

</source>
        <translation># Ebb-Bericht%1

</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 days with a check-in

</source>
        <translation>%1 bis %2 · %3 Tage mit Eintrag

</translation>
    </message>
    <message>
        <source>Energy (0–10)</source>
        <translation>Energie (0–10)</translation>
    </message>
    <message>
        <source>Mood (0–10)</source>
        <translation>Stimmung (0–10)</translation>
    </message>
    <message>
        <source>Sleep (hours)</source>
        <translation>Schlaf (Stunden)</translation>
    </message>
    <message>
        <source>Sleep quality (1–5)</source>
        <translation>Schlafqualität (1–5)</translation>
    </message>
    <message>
        <source>## Pacing patterns noticed

</source>
        <translation>## Bemerkte Belastungsmuster

</translation>
    </message>
    <message>
        <source>None in this period.

</source>
        <translation>Keine in diesem Zeitraum.

</translation>
    </message>
    <message>
        <source>## Boundaries

</source>
        <translation>## Grenzen

</translation>
    </message>
    <message>
        <source>No boundary answers in this period.

</source>
        <translation>Keine Antworten zu Grenzen in diesem Zeitraum.

</translation>
    </message>
    <message>
        <source>- %1: held %2 times, slipped %3 times
</source>
        <translation>- %1: %2-mal gehalten, %3-mal gerissen
</translation>
    </message>
    <message>
        <source>## Weekly reflections

</source>
        <translation>## Wochenrückblicke

</translation>
    </message>
    <message>
        <source>No weekly reflections in this period.

</source>
        <translation>Keine Wochenrückblicke in diesem Zeitraum.

</translation>
    </message>
    <message>
        <source>### Week of %1

</source>
        <translation>### Woche vom %1

</translation>
    </message>
    <message>
        <source>## Notes the person chose to share

</source>
        <translation>## Notizen, die die Person teilen wollte

</translation>
    </message>
    <message>
        <source>None.

</source>
        <translation>Keine.

</translation>
    </message>
    <message>
        <source>Could you protect one quiet hour tomorrow?</source>
        <translation>Könntest du dir morgen eine ruhige Stunde freihalten?</translation>
    </message>
    <message>
        <source>Is there one small thing that often lifts you — a walk, a call, some music — that could fit into tomorrow?</source>
        <translation>Gibt es eine kleine Sache, die dich oft aufrichtet – ein Spaziergang, ein Anruf, etwas Musik –, die morgen Platz hätte?</translation>
    </message>
    <message>
        <source>Could you choose one thing to postpone or hand over this week?</source>
        <translation>Könntest du diese Woche eine Sache verschieben oder abgeben?</translation>
    </message>
    <message>
        <source>Your stress has been rising steadily over the last two weeks.</source>
        <translation>Dein Stress ist in den letzten zwei Wochen stetig gestiegen.</translation>
    </message>
    <message>
        <source>Could you notice what has been adding to it, and pause one of those things?</source>
        <translation>Könntest du bemerken, was dazu beiträgt, und eines davon pausieren?</translation>
    </message>
    <message>
        <source>Over the last week you slept about %1 hours less than the %2 hours you need.</source>
        <translation>In der letzten Woche hast du etwa %1 Stunden weniger geschlafen als die %2 Stunden, die du brauchst.</translation>
    </message>
    <message>
        <source>An earlier night, or a rest in the afternoon, might help you catch up.</source>
        <translation>Ein früherer Abend oder eine Ruhepause am Nachmittag könnte dir helfen, aufzuholen.</translation>
    </message>
    <message>
        <source>Your sleep felt poor on %1 of the last %2 nights you recorded.</source>
        <translation>Dein Schlaf fühlte sich in %1 der letzten %2 erfassten Nächte schlecht an.</translation>
    </message>
    <message>
        <source>A calm wind-down before bed could be worth a try.</source>
        <translation>Ein ruhiges Herunterfahren vor dem Schlafen könnte einen Versuch wert sein.</translation>
    </message>
    <message>
        <source>Your boundaries slipped more often than usual this week (%1 of %2 answers).</source>
        <translation>Deine Grenzen sind diese Woche öfter gerissen als üblich (%1 von %2 Antworten).</translation>
    </message>
    <message>
        <source>Most often: %1.</source>
        <translation>Am häufigsten: %1.</translation>
    </message>
    <message>
        <source>Which one boundary would be kindest to protect tomorrow?</source>
        <translation>Welche eine Grenze wäre morgen am freundlichsten zu schützen?</translation>
    </message>
    <message>
        <source>On %1 of your last %2 recorded days, the day asked much more of you than the energy you had.</source>
        <translation>An %1 deiner letzten %2 erfassten Tage hat der Tag viel mehr von dir verlangt, als du Energie hattest.</translation>
    </message>
    <message>
        <source>Could you plan one lighter day soon?</source>
        <translation>Könntest du bald einen leichteren Tag einplanen?</translation>
    </message>
    <message>
        <source>%1 times in the last four weeks, a big day was followed by a low-energy day soon after.</source>
        <translation>%1-mal in den letzten vier Wochen folgte auf einen großen Tag bald ein Tag mit wenig Energie.</translation>
    </message>
    <message>
        <source>On good days, could you stop a little before you feel done?</source>
        <translation>Könntest du an guten Tagen etwas früher aufhören, bevor du dich erschöpft fühlst?</translation>
    </message>
    <message>
        <source>Your days have been getting more up-and-down and slower to settle. This is an uncertain, early sign, not a prediction.</source>
        <translation>Deine Tage schwanken stärker und beruhigen sich langsamer. Das ist ein unsicheres, frühes Zeichen, keine Vorhersage.</translation>
    </message>
    <message>
        <source>It may be a good moment to check in with yourself, or with someone you trust.</source>
        <translation>Vielleicht ist es ein guter Moment, bei dir selbst nachzuspüren – oder bei einem Menschen, dem du vertraust.</translation>
    </message>
    <message>
        <source>Your energy is back near your usual.</source>
        <translation>Deine Energie ist wieder nahe an deinem Üblichen.</translation>
    </message>
    <message>
        <source>Your mood is back near your usual.</source>
        <translation>Deine Stimmung ist wieder nahe an deinem Üblichen.</translation>
    </message>
    <message>
        <source>Your stress has eased back towards your usual.</source>
        <translation>Dein Stress hat sich wieder Richtung deines Üblichen gelegt.</translation>
    </message>
    <message>
        <source>Your sleep has picked up again.</source>
        <translation>Dein Schlaf hat sich wieder erholt.</translation>
    </message>
    <message>
        <source>Your boundaries are holding more often again.</source>
        <translation>Deine Grenzen halten wieder öfter.</translation>
    </message>
    <message>
        <source>Your days have been closer to the energy you had.</source>
        <translation>Deine Tage lagen näher an der Energie, die du hattest.</translation>
    </message>
    <message>
        <source>Your days have been steadier lately.</source>
        <translation>Deine Tage waren zuletzt ausgeglichener.</translation>
    </message>
    <message>
        <source>The earlier sign of change has faded.</source>
        <translation>Das frühere Zeichen einer Veränderung ist verblasst.</translation>
    </message>
    <message>
        <source>Ebb is not a medical tool and cannot diagnose anything. If you feel unsafe, please contact your doctor, a local crisis line or emergency services.</source>
        <translation>Ebb ist kein medizinisches Werkzeug und kann nichts diagnostizieren. Wenn du dich nicht sicher fühlst, wende dich bitte an deine Ärztin oder deinen Arzt, eine Krisenhotline oder den Notruf.</translation>
    </message>
    <message>
        <source>%1 — the day before %2 of your %3 low-energy days (%4%), and before %5 of your %6 other days (%7%)</source>
        <translation>%1 – am Tag vor %2 deiner %3 Tage mit wenig Energie (%4 %), und vor %5 deiner %6 übrigen Tage (%7 %)</translation>
    </message>
    <message>
        <source>%1 — the day before %2 of your %3 good days (%4%), and before %5 of your %6 other days (%7%)</source>
        <translation>%1 – am Tag vor %2 deiner %3 guten Tage (%4 %), und vor %5 deiner %6 übrigen Tage (%7 %)</translation>
    </message>
    <message>
        <source>These are simple counts over the last eight weeks, not causes: a tag that often comes before a low day may only share a cause with it.</source>
        <translation>Das sind einfache Zählungen über die letzten acht Wochen, keine Ursachen: Ein Schlagwort, das oft vor einem schwachen Tag steht, hat vielleicht nur eine gemeinsame Ursache mit ihm.</translation>
    </message>
    <message>
        <source># Week %1 (%2 to %3)

</source>
        <translation># Woche %1 (%2 bis %3)

</translation>
    </message>
    <message>
        <source>
Sleep: %1 h over %2 nights; %3 h below your need.
</source>
        <translation>
Schlaf: %1 h in %2 Nächten; %3 h unter deinem Bedarf.
</translation>
    </message>
    <message>
        <source>- %1: held %2, slipped %3
</source>
        <translation>- %1: gehalten %2, gerissen %3
</translation>
    </message>
    <message>
        <source>
Sleep: %1 h in one night; %2 h below your need.
</source>
        <translation>
Schlaf: %1 h in einer Nacht; %2 h unter deinem Bedarf.
</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Stress (0–10, 10 = most)</source>
        <translation>Stress (0–10, 10 = am meisten)</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>load</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation>Stunden Schlaf</translation>
    </message>
    <message>
        <source>hours of sleep</source>
        <translation>Stunden Schlaf</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>A pattern in the recent days</source>
        <translation>Ein Muster in den letzten Tagen</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>full of energy</source>
        <translation>voller Energie</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>sehr schlecht</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>overwhelmed</source>
        <translation>überfordert</translation>
    </message>
    <message>
        <source>nothing asked of me</source>
        <translation>nichts verlangt</translation>
    </message>
    <message>
        <source>far too much</source>
        <translation>viel zu viel</translation>
    </message>
    <message>
        <source>very poor</source>
        <translation>sehr schlecht</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Those days averaged %1.</source>
        <translation>Im Schnitt waren es an diesen Tagen %1.</translation>
    </message>
    <message>
        <source>Over the last two weeks your stress rose by about %1 points. This week it was mostly around %2, where your usual is about %3.</source>
        <translation>In den letzten zwei Wochen ist dein Stress um etwa %1 Punkte gestiegen. Diese Woche lag er meist um %2, üblich sind für dich etwa %3.</translation>
    </message>
    <message>
        <source>Over the %1 nights you recorded this week, you slept about %2 hours less in all than the %3 hours a night you need.</source>
        <translation>In den %1 Nächten, die du diese Woche eingetragen hast, hast du insgesamt etwa %2 Stunden weniger geschlafen als die %3 Stunden pro Nacht, die du brauchst.</translation>
    </message>
    <message>
        <source>You rated %1 of your last %2 nights 1 or 2 out of 5.</source>
        <translation>Du hast %1 deiner letzten %2 Nächte mit 1 oder 2 von 5 bewertet.</translation>
    </message>
    <message>
        <source>This week %1 of your %2 boundary answers were slips; usually it is about %3 in 10.</source>
        <translation>Diese Woche sind %1 deiner %2 Grenzen-Antworten gerissen; üblich sind etwa %3 von 10.</translation>
    </message>
    <message>
        <source>On %1 of your last %2 check-ins, the day&apos;s load was 3 or more points above your energy.</source>
        <translation>An %1 deiner letzten %2 Einträge lag die Belastung des Tages 3 oder mehr Punkte über deiner Energie.</translation>
    </message>
    <message>
        <source>Your big days: %1. Each was followed within a few days by a day with much less energy.</source>
        <translation>Deine großen Tage: %1. Auf jeden folgte innerhalb weniger Tage ein Tag mit viel weniger Energie.</translation>
    </message>
    <message>
        <source>Your energy and mood have been lower, and your stress higher, than your usual on most of your recent days.</source>
        <translation>Deine Energie und Stimmung waren an den meisten deiner letzten Tage niedriger und dein Stress höher als üblich.</translation>
    </message>
    <message>
        <source>Your energy and mood have both been lower than your usual on most of your recent days.</source>
        <translation>Deine Energie und deine Stimmung waren an den meisten deiner letzten Tage niedriger als üblich.</translation>
    </message>
    <message>
        <source>Your energy has been lower and your stress higher than your usual on most of your recent days.</source>
        <translation>Deine Energie war an den meisten deiner letzten Tage niedriger und dein Stress höher als üblich.</translation>
    </message>
    <message>
        <source>Your mood has been lower and your stress higher than your usual on most of your recent days.</source>
        <translation>Deine Stimmung war an den meisten deiner letzten Tage niedriger und dein Stress höher als üblich.</translation>
    </message>
    <message>
        <source>Energy, mood and stress together</source>
        <translation>Energie, Stimmung und Stress zusammen</translation>
    </message>
    <message>
        <source>Energy and mood together</source>
        <translation>Energie und Stimmung zusammen</translation>
    </message>
    <message>
        <source>Energy and stress together</source>
        <translation>Energie und Stress zusammen</translation>
    </message>
    <message>
        <source>Mood and stress together</source>
        <translation>Stimmung und Stress zusammen</translation>
    </message>
    <message>
        <source>Ebb first noticed this on %1.</source>
        <translation>Ebb hat das zuerst am %1 bemerkt.</translation>
    </message>
    <message>
        <source>Getting to know you</source>
        <translation>Ebb lernt dich kennen</translation>
    </message>
    <message>
        <source>Ebb is still learning what is usual for you: %1 of about %2 check-ins so far.</source>
        <translation>Ebb lernt noch, was für dich üblich ist: bisher %1 von etwa %2 Einträgen.</translation>
    </message>
    <message>
        <source>Ebb is still learning what is usual for you; a few more check-ins will do.</source>
        <translation>Ebb lernt noch, was für dich üblich ist; ein paar Einträge mehr genügen.</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Ausgeglichen</translation>
    </message>
    <message>
        <source>Nothing stands out in your recent days.</source>
        <translation>In deinen letzten Tagen fällt nichts auf.</translation>
    </message>
    <message>
        <source>Worth a gentle look</source>
        <translation>Einen sanften Blick wert</translation>
    </message>
    <message>
        <source>Ebb noticed one thing in your recent days.</source>
        <translation>Ebb ist in deinen letzten Tagen eine Sache aufgefallen.</translation>
    </message>
    <message>
        <source>Ebb noticed a few things. Here is the one that matters most.</source>
        <translation>Ebb sind ein paar Dinge aufgefallen. Hier ist das wichtigste.</translation>
    </message>
    <message>
        <source>Time to take care</source>
        <translation>Zeit, auf dich zu achten</translation>
    </message>
    <message>
        <source>Your recent days show some strain. Please be gentle with yourself.</source>
        <translation>Deine letzten Tage zeigen Anspannung. Bitte geh sanft mit dir um.</translation>
    </message>
    <message>
        <source>One more thing Ebb noticed</source>
        <translation>Noch eine Beobachtung</translation>
    </message>
    <message>
        <source>%1 more things Ebb noticed</source>
        <translation>%1 weitere Beobachtungen</translation>
    </message>
    <message>
        <source>Thank you for checking in</source>
        <translation>Danke für deinen Eintrag</translation>
    </message>
    <message>
        <source>Today&apos;s check-in is saved.</source>
        <translation>Der heutige Eintrag ist gespeichert.</translation>
    </message>
    <message>
        <source>Today&apos;s check-in is saved. What Ebb noticed is here when you want it.</source>
        <translation>Der heutige Eintrag ist gespeichert. Was Ebb aufgefallen ist, findest du hier, wenn du magst.</translation>
    </message>
    <message>
        <source>Ebb report</source>
        <translation>Ebb-Bericht</translation>
    </message>
    <message>
        <source>Ebb report — %1</source>
        <translation>Ebb-Bericht — %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Ebb report for %1</source>
        <translation>Ebb-Bericht für %1</translation>
    </message>
    <message>
        <source>%1 to %2 · %3 days with a check-in</source>
        <translation>%1 bis %2 · %3 Tage mit Eintrag</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>Person&apos;s usual</source>
        <translation>Übliches der Person</translation>
    </message>
    <message>
        <source>Pacing patterns noticed</source>
        <translation>Bemerkte Belastungsmuster</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>No boundary answers in this period.</source>
        <translation>Keine Antworten zu Grenzen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>• %1: held %2 times, slipped %3 times</source>
        <translation>• %1: %2-mal gehalten, %3-mal gerissen</translation>
    </message>
    <message>
        <source>Weekly reflections</source>
        <translation>Wochenrückblicke</translation>
    </message>
    <message>
        <source>No weekly reflections in this period.</source>
        <translation>Keine Wochenrückblicke in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Notes the person chose to share</source>
        <translation>Notizen, die die Person teilen wollte</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Your energy has been lower than usual lately.</source>
        <translation>Deine Energie war in letzter Zeit niedriger als üblich.</translation>
    </message>
    <message>
        <source>Your mood has been lower than usual lately.</source>
        <translation>Deine Stimmung war in letzter Zeit gedrückter als üblich.</translation>
    </message>
    <message>
        <source>Your stress has been higher than usual lately.</source>
        <translation>Dein Stress war in letzter Zeit höher als üblich.</translation>
    </message>
    <message>
        <source>%1: usually about %2 (most days %3). On %4 of your last %5 check-ins it was higher.</source>
        <translation>%1: üblich etwa %2 (an den meisten Tagen %3). An %4 deiner letzten %5 Einträge lag der Wert höher.</translation>
    </message>
    <message>
        <source>%1: usually about %2 (most days %3). On %4 of your last %5 check-ins it was lower.</source>
        <translation>%1: üblich etwa %2 (an den meisten Tagen %3). An %4 deiner letzten %5 Einträge lag der Wert niedriger.</translation>
    </message>
    <message>
        <source>Load (0–10)</source>
        <translation>Belastung (0–10)</translation>
    </message>
    <message>
        <source>Changes kept when the journal was changed elsewhere</source>
        <translation>Änderungen, aufbewahrt, als das Tagebuch anderswo geändert wurde</translation>
    </message>
    <message>
        <source>Your days have been asking more of you than usual lately.</source>
        <translation>Deine Tage haben in letzter Zeit mehr von dir verlangt als üblich.</translation>
    </message>
    <message>
        <source>Is there one thing you could say no to, or hand over, this week?</source>
        <translation>Gibt es diese Woche eine Sache, zu der du Nein sagen oder die du abgeben könntest?</translation>
    </message>
    <message>
        <source>You have been sleeping less than usual lately.</source>
        <translation>Du hast in letzter Zeit weniger geschlafen als üblich.</translation>
    </message>
    <message>
        <source>Your days are asking about as much of you as usual again.</source>
        <translation>Deine Tage verlangen wieder etwa so viel von dir wie üblich.</translation>
    </message>
    <message>
        <source>You are sleeping about as long as usual again.</source>
        <translation>Du schläfst wieder etwa so lange wie üblich.</translation>
    </message>
    <message>
        <source>Days asking more than usual</source>
        <translation>Tage, die mehr verlangen als üblich</translation>
    </message>
    <message>
        <source>Less sleep than usual</source>
        <translation>Weniger Schlaf als üblich</translation>
    </message>
    <message>
        <source>Could you go to bed a little earlier, or give yourself a slower morning, this week?</source>
        <translation>Könntest du diese Woche etwas früher ins Bett gehen oder dir einen ruhigeren Morgen gönnen?</translation>
    </message>
    <message>
        <source>Those nights averaged %1 hours.</source>
        <translation>Im Schnitt waren es in diesen Nächten %1 Stunden.</translation>
    </message>
    <message>
        <source>The self-check has no valid date.</source>
        <translation>Der Selbsttest hat kein gültiges Datum.</translation>
    </message>
    <message>
        <source>Answer %1 is %2; an answer is 0, 25, 50, 75 or 100.</source>
        <translation>Antwort %1 ist %2; eine Antwort ist 0, 25, 50, 75 oder 100.</translation>
    </message>
    <message>
        <source>Answer at least %1 of the %2 questions: with fewer there is no score.</source>
        <translation>Beantworte mindestens %1 der %2 Fragen: Mit weniger gibt es keinen Wert.</translation>
    </message>
    <message>
        <source>Give six answers separated by commas (an empty one skips a question); found %1.</source>
        <translation>Gib sechs Antworten, durch Kommas getrennt (eine leere überspringt eine Frage); gefunden: %1.</translation>
    </message>
    <message>
        <source>Answer %1 is &quot;%2&quot;; an answer is 0, 25, 50, 75 or 100, or empty to skip it.</source>
        <translation>Antwort %1 ist „%2“; eine Antwort ist 0, 25, 50, 75 oder 100, oder leer, um sie zu überspringen.</translation>
    </message>
    <message>
        <source>## For this session

</source>
        <translation>## Für diese Sitzung

</translation>
    </message>
    <message>
        <source>## What changed

</source>
        <translation>## Was sich verändert hat

</translation>
    </message>
    <message>
        <source>## Burnout self-check

</source>
        <translation>## Burnout-Selbsttest

</translation>
    </message>
    <message>
        <source>## What drained and what restored

</source>
        <translation>## Was Kraft kostete und was Kraft gab

</translation>
    </message>
    <message>
        <source>No tag came clearly more often before low-energy or good days.

</source>
        <translation>Kein Schlagwort kam deutlich öfter vor Tagen mit wenig Energie oder vor guten Tagen.

</translation>
    </message>
    <message>
        <source>## To bring up

</source>
        <translation>## Ansprechen

</translation>
    </message>
    <message>
        <source>## Key numbers

| measure | average | the days before | person&apos;s usual | range |
|---|---|---|---|---|
</source>
        <translation>## Wichtige Zahlen

| Maß | Durchschnitt | die Tage davor | Übliches der Person | Spanne |
|---|---|---|---|---|
</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>; usual %1</source>
        <translation>; üblich %1</translation>
    </message>
    <message>
        <source>%1 went up (%2 to %3%4)</source>
        <translation>%1 stieg (von %2 auf %3%4)</translation>
    </message>
    <message>
        <source>%1 went down (%2 to %3%4)</source>
        <translation>%1 sank (von %2 auf %3%4)</translation>
    </message>
    <message>
        <source>No check-ins in this period, so there is nothing to compare.</source>
        <translation>In diesem Zeitraum gibt es keine Check-ins, also nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Compared with the %1 days before</source>
        <translation>Im Vergleich zu den %1 Tagen davor</translation>
    </message>
    <message>
        <source>%1, nothing changed by much.</source>
        <translation>%1: Nichts hat sich stark verändert.</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>About the same: %1.</source>
        <translation>Etwa gleich: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 days have a check-in; %3 days were not recorded.</source>
        <translation>%1 von %2 Tagen haben einen Check-in; %3 Tage wurden nicht eingetragen.</translation>
    </message>
    <message>
        <source>%1 of %2 days have a check-in; 1 day was not recorded.</source>
        <translation>%1 von %2 Tagen haben einen Check-in; 1 Tag wurde nicht eingetragen.</translation>
    </message>
    <message>
        <source>%1 of %2 days have a check-in: every day was recorded.</source>
        <translation>%1 von %2 Tagen haben einen Check-in: jeder Tag ist eingetragen.</translation>
    </message>
    <message>
        <source>No burnout self-check yet (a monthly check of six questions, in Ebb&apos;s Review page).</source>
        <translation>Noch kein Burnout-Selbsttest (ein monatlicher Test mit sechs Fragen, auf Ebbs Seite „Rückblick“).</translation>
    </message>
    <message>
        <source>%1 of 100 on %2</source>
        <translation>%1 von 100 am %2</translation>
    </message>
    <message>
        <source>; before it: %1</source>
        <translation>; davor: %1</translation>
    </message>
    <message>
        <source>The personal burnout scale of the Copenhagen Burnout Inventory: 0 to 100, the person&apos;s own answers to six questions about tiredness and exhaustion. Studies usually call 50 or more high. It is a self-check, not a diagnosis.</source>
        <translation>Die Skala „persönliches Burnout“ des Copenhagen Burnout Inventory: 0 bis 100, die eigenen Antworten der Person auf sechs Fragen zu Müdigkeit und Erschöpfung. Studien nennen meist 50 oder mehr hoch. Es ist ein Selbsttest, keine Diagnose.</translation>
    </message>
    <message>
        <source>Before low-energy days: %1 — the day before %2 of %3 low-energy days (%4%), and before %5 of %6 other days (%7%)</source>
        <translation>Vor Tagen mit wenig Energie: %1 — am Tag vor %2 von %3 Tagen mit wenig Energie (%4 %), und vor %5 von %6 anderen Tagen (%7 %)</translation>
    </message>
    <message>
        <source>Before good days: %1 — the day before %2 of %3 good days (%4%), and before %5 of %6 other days (%7%)</source>
        <translation>Vor guten Tagen: %1 — am Tag vor %2 von %3 guten Tagen (%4 %), und vor %5 von %6 anderen Tagen (%7 %)</translation>
    </message>
    <message>
        <source>Tags the person chose, counted over the eight weeks up to the report&apos;s last day. These are simple counts, not causes: a tag that often comes before a low day may only share a cause with it.</source>
        <translation>Schlagwörter, die die Person gewählt hat, gezählt über die acht Wochen bis zum letzten Tag des Berichts. Das sind einfache Zählungen, keine Ursachen: Ein Schlagwort, das oft vor einem schwachen Tag kommt, hat vielleicht nur eine gemeinsame Ursache mit ihm.</translation>
    </message>
    <message>
        <source>%1: %2 — reached Ebb&apos;s stronger level</source>
        <translation>%1: %2 — erreichte Ebbs stärkere Stufe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Ebb shows a pattern at one of two levels: first as worth a gentle look, and at its stronger level (&quot;time to take care&quot;) when the change has been larger or gone on longer, measured against the person&apos;s own usual.</source>
        <translation>Ebb zeigt ein Muster auf einer von zwei Stufen: zuerst als „einen sanften Blick wert“ und auf der stärkeren Stufe („Zeit, auf dich zu achten“), wenn die Veränderung größer war oder länger anhielt, gemessen am eigenen Üblichen der Person.</translation>
    </message>
    <message>
        <source>For this session</source>
        <translation>Für diese Sitzung</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich verändert hat</translation>
    </message>
    <message>
        <source>Burnout self-check</source>
        <translation>Burnout-Selbsttest</translation>
    </message>
    <message>
        <source>What drained and what restored</source>
        <translation>Was Kraft kostete und was Kraft gab</translation>
    </message>
    <message>
        <source>No tag came clearly more often before low-energy or good days.</source>
        <translation>Kein Schlagwort kam deutlich öfter vor Tagen mit wenig Energie oder vor guten Tagen.</translation>
    </message>
    <message>
        <source>To bring up</source>
        <translation>Ansprechen</translation>
    </message>
    <message>
        <source>Key numbers</source>
        <translation>Wichtige Zahlen</translation>
    </message>
    <message>
        <source>Days before</source>
        <translation>Tage davor</translation>
    </message>
    <message>
        <source>“Days before”: the same number of days just before this period. “Person&apos;s usual”: the median of the half year before the period&apos;s last week.</source>
        <translation>„Tage davor“: gleich viele Tage direkt vor diesem Zeitraum. „Übliches der Person“: der Median des halben Jahres vor der letzten Woche des Zeitraums.</translation>
    </message>
    <message>
        <source>Day by day</source>
        <translation>Tag für Tag</translation>
    </message>
    <message>
        <source>The line is what was recorded (gaps are days without a check-in); the grey band is the person&apos;s usual, give or take a typical day&apos;s spread. The strip under each chart marks the days a pacing pattern about that measure was shown: hatched at first, solid at Ebb&apos;s stronger level.</source>
        <translation>Die Linie zeigt, was eingetragen wurde (Lücken sind Tage ohne Check-in); das graue Band ist das Übliche der Person, plus oder minus die typische Streuung eines Tages. Der Streifen unter jedem Diagramm markiert die Tage, an denen ein Muster zu diesem Maß gezeigt wurde: schraffiert zuerst, ausgefüllt auf Ebbs stärkerer Stufe.</translation>
    </message>
    <message>
        <source>%1 was above the usual (%2; usual %3)</source>
        <translation>%1 lag über dem Üblichen (%2; üblich %3)</translation>
    </message>
    <message>
        <source>%1 was below the usual (%2; usual %3)</source>
        <translation>%1 lag unter dem Üblichen (%2; üblich %3)</translation>
    </message>
    <message>
        <source>There are too few check-ins before this period, and no usual yet, to compare with.</source>
        <translation>Vor diesem Zeitraum gibt es zu wenige Check-ins und noch kein Übliches zum Vergleich.</translation>
    </message>
    <message>
        <source>There are too few check-ins before this period to compare with; against the person&apos;s usual, nothing stood out.</source>
        <translation>Vor diesem Zeitraum gibt es zu wenige Check-ins zum Vergleich; gemessen am Üblichen der Person fiel nichts auf.</translation>
    </message>
    <message>
        <source>There are too few check-ins before this period to compare with; against the person&apos;s usual, %1.</source>
        <translation>Vor diesem Zeitraum gibt es zu wenige Check-ins zum Vergleich; gemessen am Üblichen der Person: %1.</translation>
    </message>
    <message>
        <source>A file in the sync folder is not a change set this Ebb can read; it was left as it is.</source>
        <translation>Eine Datei im Sync-Ordner ist keine Änderungsdatei, die dieses Ebb lesen kann; sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Ebb could not write to the sync folder %1: %2</source>
        <translation>Ebb konnte nicht in den Sync-Ordner %1 schreiben: %2</translation>
    </message>
    <message>
        <source>The sync folder already has a file named %1; Ebb did not replace it.</source>
        <translation>Im Sync-Ordner gibt es schon eine Datei namens %1; Ebb hat sie nicht ersetzt.</translation>
    </message>
    <message>
        <source>Ebb could not write to the sync folder %1.</source>
        <translation>Ebb konnte nicht in den Sync-Ordner %1 schreiben.</translation>
    </message>
    <message>
        <source>The journal&apos;s record of what was synced is damaged; nothing was changed. Set up sync again to start it afresh.</source>
        <translation>Die Aufzeichnung des Tagebuchs darüber, was abgeglichen wurde, ist beschädigt; nichts wurde geändert. Richte den Abgleich neu ein, um frisch zu beginnen.</translation>
    </message>
    <message>
        <source>the check-in of %1</source>
        <translation>den Check-in vom %1</translation>
    </message>
    <message>
        <source>the monthly questions of %1</source>
        <translation>die Monatsfragen vom %1</translation>
    </message>
    <message>
        <source>the weekly review of %1</source>
        <translation>den Wochenrückblick %1</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>eine Notiz</translation>
    </message>
    <message>
        <source>a setting, tag or boundary</source>
        <translation>eine Einstellung, ein Schlagwort oder eine Grenze</translation>
    </message>
    <message>
        <source>A change to %1 from your other computer could not be merged here, so this computer&apos;s version is kept and will be sent back (%2).</source>
        <translation>Eine Änderung an %1 von deinem anderen Computer konnte hier nicht zusammengeführt werden; die Fassung dieses Computers bleibt und wird zurückgeschickt (%2).</translation>
    </message>
    <message>
        <source>This journal does not sync yet: set it up first, with a folder and a passphrase.</source>
        <translation>Dieses Tagebuch wird noch nicht abgeglichen: richte es zuerst ein, mit einem Ordner und einer Passphrase.</translation>
    </message>
    <message>
        <source>Two tags called “%1” were made on two computers. Both are kept; one is now called “%2”.</source>
        <translation>Auf zwei Computern wurde ein Schlagwort „%1“ angelegt. Beide bleiben; eines heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>The check-in of %1 names a boundary or tag that has not arrived from your other computer yet; it will be linked when it comes.</source>
        <translation>Der Check-in vom %1 nennt eine Grenze oder ein Schlagwort, das von deinem anderen Computer noch nicht angekommen ist; es wird verknüpft, sobald es da ist.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>%1 computer</source>
        <translation>%1 Computer</translation>
    </message>
    <message>
        <source>%1 computers</source>
        <translation>%1 Computer</translation>
    </message>
    <message>
        <source>Took in %1 change from your other computers.</source>
        <translation>%1 Änderung von deinen anderen Computern übernommen.</translation>
    </message>
    <message>
        <source>Took in %1 changes from your other computers.</source>
        <translation>%1 Änderungen von deinen anderen Computern übernommen.</translation>
    </message>
    <message>
        <source>Took in changes from your other computers: %1 day changed here.</source>
        <translation>Änderungen von deinen anderen Computern übernommen: %1 Tag hat sich hier geändert.</translation>
    </message>
    <message>
        <source>Took in changes from your other computers: %1 days changed here.</source>
        <translation>Änderungen von deinen anderen Computern übernommen: %1 Tage haben sich hier geändert.</translation>
    </message>
    <message>
        <source>Up to date: nothing new here or on your other computers.</source>
        <translation>Auf dem neuesten Stand: nichts Neues hier oder auf deinen anderen Computern.</translation>
    </message>
    <message>
        <source>%1 file in the sync folder could not be read yet (perhaps still arriving); it will be tried again next time.</source>
        <translation>%1 Datei im Abgleichordner konnte noch nicht gelesen werden (vielleicht kommt sie noch an); sie wird beim nächsten Mal wieder versucht.</translation>
    </message>
    <message>
        <source>%1 files in the sync folder could not be read yet (perhaps still arriving); they will be tried again next time.</source>
        <translation>%1 Dateien im Abgleichordner konnten noch nicht gelesen werden (vielleicht kommen sie noch an); sie werden beim nächsten Mal wieder versucht.</translation>
    </message>
    <message>
        <source>A snapshot in the sync folder is not one this Ebb can read; it was left as it is.</source>
        <translation>Ein Schnappschuss im Abgleichordner ist keiner, den dieses Ebb lesen kann; er wurde gelassen, wie er ist.</translation>
    </message>
    <message>
        <source>This journal was copied or moved here, so it now syncs as a computer of its own. Nothing was lost.</source>
        <translation>Dieses Tagebuch wurde hierher kopiert oder verschoben, daher wird es jetzt als eigener Computer abgeglichen. Nichts ging verloren.</translation>
    </message>
    <message>
        <source>Your nights have felt less restful than usual lately.</source>
        <translation>Deine Nächte haben sich in letzter Zeit weniger erholsam angefühlt als sonst.</translation>
    </message>
    <message>
        <source>Could tonight have a slower, screen-free half hour before bed?</source>
        <translation>Könnte heute Abend eine ruhigere halbe Stunde ohne Bildschirm vor dem Schlafen Platz haben?</translation>
    </message>
    <message>
        <source>Nights feeling worse than usual</source>
        <translation>Nächte fühlen sich schlechter an als sonst</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Compared with your steadier weeks %1, your energy has been lower for %2.</source>
        <translation>Verglichen mit deinen ruhigeren Wochen %1 ist deine Energie seit %2 niedriger.</translation>
    </message>
    <message>
        <source>Your energy has been higher than in your first weeks with Ebb.</source>
        <translation>Deine Energie ist höher als in deinen ersten Wochen mit Ebb.</translation>
    </message>
    <message>
        <source>Your energy has been higher than in your steadier weeks %1.</source>
        <translation>Deine Energie ist höher als in deinen ruhigeren Wochen %1.</translation>
    </message>
    <message>
        <source>Compared with your steadier weeks %1, your mood has been lower for %2.</source>
        <translation>Verglichen mit deinen ruhigeren Wochen %1 ist deine Stimmung seit %2 gedrückter.</translation>
    </message>
    <message>
        <source>Your mood has been brighter than in your first weeks with Ebb.</source>
        <translation>Deine Stimmung ist heller als in deinen ersten Wochen mit Ebb.</translation>
    </message>
    <message>
        <source>Your mood has been brighter than in your steadier weeks %1.</source>
        <translation>Deine Stimmung ist heller als in deinen ruhigeren Wochen %1.</translation>
    </message>
    <message>
        <source>Compared with your steadier weeks %1, stress has been higher for %2.</source>
        <translation>Verglichen mit deinen ruhigeren Wochen %1 ist der Stress seit %2 höher.</translation>
    </message>
    <message>
        <source>Your stress has been lower than in your first weeks with Ebb.</source>
        <translation>Dein Stress ist niedriger als in deinen ersten Wochen mit Ebb.</translation>
    </message>
    <message>
        <source>Your stress has been lower than in your steadier weeks %1.</source>
        <translation>Dein Stress ist niedriger als in deinen ruhigeren Wochen %1.</translation>
    </message>
    <message>
        <source>Compared with your steadier weeks %1, your days have asked more of you for %2.</source>
        <translation>Verglichen mit deinen ruhigeren Wochen %1 verlangen deine Tage dir seit %2 mehr ab.</translation>
    </message>
    <message>
        <source>Your days have asked less of you than in your first weeks with Ebb.</source>
        <translation>Deine Tage verlangen dir weniger ab als in deinen ersten Wochen mit Ebb.</translation>
    </message>
    <message>
        <source>Your days have asked less of you than in your steadier weeks %1.</source>
        <translation>Deine Tage verlangen dir weniger ab als in deinen ruhigeren Wochen %1.</translation>
    </message>
    <message>
        <source>Compared with your steadier weeks %1, you have slept less for %2.</source>
        <translation>Verglichen mit deinen ruhigeren Wochen %1 schläfst du seit %2 weniger.</translation>
    </message>
    <message>
        <source>You have been sleeping longer than in your first weeks with Ebb.</source>
        <translation>Du schläfst länger als in deinen ersten Wochen mit Ebb.</translation>
    </message>
    <message>
        <source>You have been sleeping longer than in your steadier weeks %1.</source>
        <translation>Du schläfst länger als in deinen ruhigeren Wochen %1.</translation>
    </message>
    <message>
        <source>Compared with your steadier weeks %1, your nights have felt less restful for %2.</source>
        <translation>Verglichen mit deinen ruhigeren Wochen %1 fühlen sich deine Nächte seit %2 weniger erholsam an.</translation>
    </message>
    <message>
        <source>Your nights have felt more restful than in your first weeks with Ebb.</source>
        <translation>Deine Nächte fühlen sich erholsamer an als in deinen ersten Wochen mit Ebb.</translation>
    </message>
    <message>
        <source>Your nights have felt more restful than in your steadier weeks %1.</source>
        <translation>Deine Nächte fühlen sich erholsamer an als in deinen ruhigeren Wochen %1.</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>im %1</translation>
    </message>
    <message>
        <source>in %1 and %2</source>
        <translation>im %1 und %2</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>about a month</source>
        <translation>etwa einem Monat</translation>
    </message>
    <message>
        <source>about six weeks</source>
        <translation>etwa sechs Wochen</translation>
    </message>
    <message>
        <source>about two months</source>
        <translation>etwa zwei Monaten</translation>
    </message>
    <message>
        <source>about three months</source>
        <translation>etwa drei Monaten</translation>
    </message>
    <message>
        <source>about four months</source>
        <translation>etwa vier Monaten</translation>
    </message>
    <message>
        <source>about five months</source>
        <translation>etwa fünf Monaten</translation>
    </message>
    <message>
        <source>about six months</source>
        <translation>etwa sechs Monaten</translation>
    </message>
    <message>
        <source>more than half a year</source>
        <translation>mehr als einem halben Jahr</translation>
    </message>
    <message>
        <source>about a year or more</source>
        <translation>etwa einem Jahr oder länger</translation>
    </message>
    <message>
        <source>Those nights averaged %1 of 5.</source>
        <translation>Im Schnitt waren es in diesen Nächten %1 von 5.</translation>
    </message>
    <message>
        <source>Over the last four weeks your energy, mood and stress have swung about %1 times as much from day to day as in your steadier weeks.</source>
        <translation>In den letzten vier Wochen haben deine Energie, Stimmung und dein Stress von Tag zu Tag etwa %1-mal so stark geschwankt wie in deinen ruhigeren Wochen.</translation>
    </message>
    <message>
        <source>A low day has also more often been followed by another.</source>
        <translation>Auf einen schweren Tag folgte auch öfter noch einer.</translation>
    </message>
    <message>
        <source>Signs like this are uncertain: Ebb shows them so you can notice, not so you worry.</source>
        <translation>Solche Zeichen sind unsicher: Ebb zeigt sie, damit du sie bemerkst, nicht damit du dir Sorgen machst.</translation>
    </message>
    <message>
        <source>Steady from day to day</source>
        <translation>Von Tag zu Tag ruhig</translation>
    </message>
    <message>
        <source>Nothing new stands out in your recent days, but a longer view shows a change.</source>
        <translation>In deinen letzten Tagen fällt nichts Neues auf, aber mit etwas Abstand zeigt sich eine Veränderung.</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>%1 %2 than in steadier weeks %3, for %4</source>
        <translation>%1 %2 als in ruhigeren Wochen %3, seit %4</translation>
    </message>
    <message>
        <source>%1 %2 than in the first weeks with Ebb</source>
        <translation>%1 %2 als in den ersten Wochen mit Ebb</translation>
    </message>
    <message>
        <source>%1 %2 than in steadier weeks %3</source>
        <translation>%1 %2 als in ruhigeren Wochen %3</translation>
    </message>
    <message>
        <source>Over a longer view: %1.</source>
        <translation>Mit etwas Abstand betrachtet: %1.</translation>
    </message>
    <message>
        <source>This journal came back from a backup, and backups do not keep the sync folder&apos;s key. Join the folder %1 again with its passphrase: nothing is lost, and this computer goes on where it was.</source>
        <translation>Dieses Tagebuch stammt aus einer Sicherung, und Sicherungen behalten den Schlüssel des Abgleichordners nicht. Tritt dem Ordner %1 mit seiner Passphrase wieder bei: Nichts geht verloren, und dieser Computer macht dort weiter, wo er war.</translation>
    </message>
    <message>
        <source>The change file %1 in the sync folder was set aside and not taken in: %2.</source>
        <translation>Die Änderungsdatei %1 im Abgleichordner wurde beiseitegelegt und nicht übernommen: %2.</translation>
    </message>
    <message>
        <source>it holds more changes (%1) than Ebb ever sends at once</source>
        <translation>sie enthält mehr Änderungen (%1), als Ebb je auf einmal sendet</translation>
    </message>
    <message>
        <source>it names a row or field longer than any Ebb writes</source>
        <translation>sie nennt eine Zeile oder ein Feld, länger als Ebb sie je schreibt</translation>
    </message>
    <message>
        <source>it holds a text of %1 characters, longer than the %2 a note may have</source>
        <translation>sie enthält einen Text mit %1 Zeichen, länger als die %2, die eine Notiz haben darf</translation>
    </message>
    <message>
        <source>it holds a day Ebb does not keep: %1</source>
        <translation>sie enthält einen Tag, den Ebb nicht führt: %1</translation>
    </message>
    <message>
        <source>Your %1 have been better than in your first weeks with Ebb.</source>
        <translation>%1 sind besser als in deinen ersten Wochen mit Ebb.</translation>
    </message>
    <message>
        <source>also written on your other computer, %1:</source>
        <translation>auch auf deinem anderen Computer geschrieben, %1:</translation>
    </message>
    <message>
        <source>also written on “%1”, %2:</source>
        <translation>auch auf „%1“ geschrieben, %2:</translation>
    </message>
    <message>
        <source>%1 is this computer. To stop syncing here, stop sync instead.</source>
        <translation>%1 ist dieser Computer. Um hier nicht mehr abzugleichen, beende stattdessen den Abgleich.</translation>
    </message>
    <message>
        <source>No other computer with the id “%1” syncs through this folder. The computers and their ids are listed by sync status.</source>
        <translation>Kein anderer Computer mit der Kennung „%1“ gleicht über diesen Ordner ab. Die Computer und ihre Kennungen zeigt „sync status“.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 minute ago</source>
        <translation>vor %1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>%1 hour ago</source>
        <translation>vor %1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Zuletzt abgeglichen %1</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>A computer (id %1)</source>
        <translation>Ein Computer (Kennung %1)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 · nothing written to the folder yet</source>
        <translation>%1 · hat noch nichts in den Ordner geschrieben</translation>
    </message>
    <message>
        <source>%1 · last wrote %2</source>
        <translation>%1 · zuletzt geschrieben %2</translation>
    </message>
    <message>
        <source>The sync folder %1 holds an older key file, from before its passphrase was changed. Ebb did not join it. Its key file may have been put back by someone else: check the folder, or set up sync in a new folder.</source>
        <translation>Der Abgleichordner %1 enthält eine ältere Schlüsseldatei von vor der Änderung seiner Passphrase. Ebb ist ihm nicht beigetreten. Vielleicht hat jemand anderes die Schlüsseldatei zurückgelegt: Prüfe den Ordner, oder richte den Abgleich in einem neuen Ordner ein.</translation>
    </message>
    <message>
        <source>What Ebb noticed:

</source>
        <translation>Was Ebb aufgefallen ist:

</translation>
    </message>
    <message>
        <source>## Your reflection

</source>
        <translation>## Dein Rückblick

</translation>
    </message>
    <message>
        <source>Nothing written for this week yet.

</source>
        <translation>Für diese Woche ist noch nichts geschrieben.

</translation>
    </message>
    <message>
        <source>## The numbers

</source>
        <translation>## Die Zahlen

</translation>
    </message>
    <message>
        <source>Days with a check-in: %1 of %2

</source>
        <translation>Tage mit Eintrag: %1 von %2

</translation>
    </message>
    <message>
        <source>| measure | this week | lowest–highest | week before | your usual |
|---|---|---|---|---|
</source>
        <translation>| Wert | diese Woche | niedrigster–höchster | Woche davor | dein Üblicher |
|---|---|---|---|---|
</translation>
    </message>
    <message>
        <source>
Lightest day: %1. Heaviest day: %2.
</source>
        <translation>
Leichtester Tag: %1. Schwerster Tag: %2.
</translation>
    </message>
    <message>
        <source>
### Boundaries

</source>
        <translation>
### Grenzen

</translation>
    </message>
    <message>
        <source>
### Before low-energy and good days

</source>
        <translation>
### Vor Tagen mit wenig Energie und guten Tagen

</translation>
    </message>
    <message>
        <source>
### A longer view

</source>
        <translation>
### Über längere Zeit

</translation>
    </message>
    <message>
        <source>%1 weighed on %2 days</source>
        <translation>%1 hat an %2 Tagen gelastet</translation>
    </message>
    <message>
        <source>%1 was the heaviest day</source>
        <translation>der %1 war der schwerste Tag</translation>
    </message>
    <message>
        <source>stress ran higher than your usual</source>
        <translation>der Stress lag höher als dein Üblicher</translation>
    </message>
    <message>
        <source>%1 helped on one day</source>
        <translation>%1 hat an einem Tag gutgetan</translation>
    </message>
    <message>
        <source>%1 helped on %2 days</source>
        <translation>%1 hat an %2 Tagen gutgetan</translation>
    </message>
    <message>
        <source>you held %1 once</source>
        <translation>Du hast %1 einmal gehalten</translation>
    </message>
    <message>
        <source>you held %1 %2 times</source>
        <translation>Du hast %1 %2-mal gehalten</translation>
    </message>
    <message>
        <source>you slept about as much as you need</source>
        <translation>Du hast ungefähr so viel geschlafen, wie du brauchst</translation>
    </message>
    <message>
        <source>your energy was above your usual</source>
        <translation>Deine Energie lag über deinem Üblichen</translation>
    </message>
    <message>
        <source>%1 was a lighter day</source>
        <translation>Der %1 war ein leichterer Tag</translation>
    </message>
    <message>
        <source>on your one check-in</source>
        <translation>bei deinem einen Eintrag</translation>
    </message>
    <message>
        <source>on one day</source>
        <translation>an einem Tag</translation>
    </message>
    <message>
        <source>on most days</source>
        <translation>an den meisten Tagen</translation>
    </message>
    <message>
        <source>on some days</source>
        <translation>an manchen Tagen</translation>
    </message>
    <message>
        <source>Your energy was lower than your usual %1.</source>
        <translation>Deine Energie lag %1 unter deinem Üblichen.</translation>
    </message>
    <message>
        <source>Your mood was lower than your usual %1.</source>
        <translation>Deine Stimmung lag %1 unter deinem Üblichen.</translation>
    </message>
    <message>
        <source>Stress was higher than your usual %1.</source>
        <translation>Der Stress lag %1 über deinem Üblichen.</translation>
    </message>
    <message>
        <source>The days asked more of you than usual %1.</source>
        <translation>Die Tage haben %1 mehr von dir verlangt als sonst.</translation>
    </message>
    <message>
        <source>Sleep was shorter or poorer than you need %1.</source>
        <translation>Der Schlaf war %1 kürzer oder schlechter, als du brauchst.</translation>
    </message>
    <message>
        <source>Your boundaries slipped more often than usual.</source>
        <translation>Deine Grenzen sind öfter gerissen als sonst.</translation>
    </message>
    <message>
        <source>Bigger days were followed by crashes.</source>
        <translation>Auf größere Tage sind Einbrüche gefolgt.</translation>
    </message>
    <message>
        <source>Your days were more changeable than usual, which can be an early sign.</source>
        <translation>Deine Tage waren wechselhafter als sonst; das kann ein frühes Zeichen sein.</translation>
    </message>
    <message>
        <source>Something in your recent days differed from your usual %1.</source>
        <translation>Etwas in deinen letzten Tagen wich %1 von deinem Üblichen ab.</translation>
    </message>
    <message>
        <source>No check-ins this week, and that is all right. Whatever you remember of it can go into the reflection.</source>
        <translation>Diese Woche gibt es keine Einträge, und das ist in Ordnung. Was du davon noch weißt, kann in den Rückblick.</translation>
    </message>
    <message>
        <source>%1, and %2.</source>
        <translation>%1, und %2.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>One thing that went well: %1.</source>
        <translation>Etwas, das gut lief: %1.</translation>
    </message>
    <message>
        <source>One check-in this week; nothing in it stands out.</source>
        <translation>Ein Eintrag diese Woche; nichts darin sticht heraus.</translation>
    </message>
    <message>
        <source>A quiet week in your check-ins: nothing stands out.</source>
        <translation>Eine ruhige Woche in deinen Einträgen: nichts sticht heraus.</translation>
    </message>
    <message>
        <source>What did I let be good enough this week?</source>
        <translation>Was habe ich diese Woche gut genug sein lassen?</translation>
    </message>
    <message>
        <source>What did I carry that was not mine to carry?</source>
        <translation>Was habe ich getragen, das nicht meins zu tragen war?</translation>
    </message>
    <message>
        <source>What would I say to a friend who had my week?</source>
        <translation>Was würde ich einer Freundin oder einem Freund sagen, die meine Woche gehabt hätten?</translation>
    </message>
    <message>
        <source>When did I feel I mattered for who I am, not for what I did?</source>
        <translation>Wann habe ich gespürt, dass ich zähle für das, was ich bin, nicht für das, was ich leiste?</translation>
    </message>
    <message>
        <source>Which expectation this week was more than anyone could meet?</source>
        <translation>Welche Erwartung diese Woche war mehr, als irgendwer erfüllen könnte?</translation>
    </message>
    <message>
        <source>Where did I say yes when I meant no?</source>
        <translation>Wo habe ich Ja gesagt, als ich Nein meinte?</translation>
    </message>
    <message>
        <source>How often do you feel tired?</source>
        <translation>Wie oft fühlst du dich müde?</translation>
    </message>
    <message>
        <source>How often are you physically exhausted?</source>
        <translation>Wie oft bist du körperlich erschöpft?</translation>
    </message>
    <message>
        <source>How often are you emotionally exhausted?</source>
        <translation>Wie oft bist du emotional erschöpft?</translation>
    </message>
    <message>
        <source>How often do you think: &quot;I can&apos;t take it anymore&quot;?</source>
        <translation>Wie oft denkst du: „Ich kann nicht mehr“?</translation>
    </message>
    <message>
        <source>How often do you feel worn out?</source>
        <translation>Wie oft fühlst du dich ausgelaugt?</translation>
    </message>
    <message>
        <source>How often do you feel weak and susceptible to illness?</source>
        <translation>Wie oft fühlst du dich schwach und anfällig für Krankheiten?</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>Oft</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Manchmal</translation>
    </message>
    <message>
        <source>Seldom</source>
        <translation>Selten</translation>
    </message>
    <message>
        <source>Never or almost never</source>
        <translation>Nie oder fast nie</translation>
    </message>
    <message>
        <source>Copenhagen Burnout Inventory, personal burnout scale. Kristensen, Borritz, Villadsen &amp; Christensen (2005), Work &amp; Stress 19(3), 192–207. Free to use; reproduced unchanged.</source>
        <translation>Copenhagen Burnout Inventory (CBI), Skala „persönliches Burnout“. Kristensen, Borritz, Villadsen &amp; Christensen (2005), Work &amp; Stress 19(3), 192–207. Frei verwendbar. Die deutschen Fragen sind eine sorgfältige Übersetzung von Ebb, nicht der Wortlaut einer veröffentlichten deutschen Fassung.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>whole hours of sleep</comment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>Stopped work by 18:00</source>
        <translation>Um 18:00 Feierabend gemacht</translation>
    </message>
    <message>
        <source>Took a real lunch break</source>
        <translation>Eine echte Mittagspause gemacht</translation>
    </message>
    <message>
        <source>Said no to one extra task</source>
        <translation>Zu einer Zusatzaufgabe Nein gesagt</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <source>commute</source>
        <translation>Pendeln</translation>
    </message>
    <message>
        <source>walk outside</source>
        <translation>Spaziergang draußen</translation>
    </message>
    <message>
        <source>time with friends</source>
        <translation>Zeit mit Freunden</translation>
    </message>
    <message>
        <source>Slow morning, long walk by the river. Felt like myself for a while.</source>
        <translation>Langsamer Morgen, langer Spaziergang am Fluss. Habe mich eine Weile wie ich selbst gefühlt.</translation>
    </message>
    <message>
        <source>Three meetings back to back. Skipped lunch again.</source>
        <translation>Drei Besprechungen am Stück. Schon wieder kein Mittagessen.</translation>
    </message>
    <message>
        <source>Said no to the extra report. Scary, but it was fine.</source>
        <translation>Zum zusätzlichen Bericht Nein gesagt. Beängstigend, aber es war in Ordnung.</translation>
    </message>
    <message>
        <source>Tired all day. Early night.</source>
        <translation>Den ganzen Tag müde. Früh ins Bett.</translation>
    </message>
    <message>
        <source>Dinner with Sam. Laughed a lot.</source>
        <translation>Abendessen mit Sam. Viel gelacht.</translation>
    </message>
    <message>
        <source>Back-to-back meetings and skipping lunch.</source>
        <translation>Besprechungen am Stück und das ausgelassene Mittagessen.</translation>
    </message>
    <message>
        <source>Walks, and dinner with Sam.</source>
        <translation>Spaziergänge und das Abendessen mit Sam.</translation>
    </message>
    <message>
        <source>Stopping at 18:00 — I want to hold it more often.</source>
        <translation>Um 18:00 aufhören – das möchte ich öfter halten.</translation>
    </message>
    <message>
        <source>Resting on Sunday without feeling guilty.</source>
        <translation>Am Sonntag ausruhen, ohne schlechtes Gewissen.</translation>
    </message>
    <message>
        <source>One meeting-free morning.</source>
        <translation>Ein Vormittag ohne Besprechungen.</translation>
    </message>
    <message>
        <source>Sent what changed on this computer.</source>
        <translation>Was sich auf diesem Computer geändert hat, ist gesendet.</translation>
    </message>
</context>
<context>
    <name>ebb::BackupsDialog</name>
    <message>
        <source>Ebb keeps a copy of your journal each day, before imports and updates, and whenever you ask: the newest of each of the last 7 days, 4 weeks and 12 months. They are in %1.</source>
        <translation>Ebb bewahrt jeden Tag, vor Importen und Aktualisierungen und wann immer du willst eine Kopie deines Tagebuchs auf: jeweils die neueste der letzten 7 Tage, 4 Wochen und 12 Monate. Sie liegen in %1.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>No backups yet. “Back up now” takes one.</source>
        <translation>Noch keine Sicherungen. „Jetzt sichern“ legt eine an.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Your journal will go back to how it was on %1. Anything written since then is not lost: Ebb first backs up the journal as it is now, and keeps the current file aside. Ebb&apos;s window will reopen.</source>
        <translation>Dein Tagebuch kehrt zu seinem Stand vom %1 zurück. Was du seitdem geschrieben hast, geht nicht verloren: Ebb sichert das Tagebuch zuerst so, wie es jetzt ist, und legt die aktuelle Datei beiseite. Ebbs Fenster öffnet sich danach neu.</translation>
    </message>
    <message>
        <source>Nothing was restored: the journal as it is now could not be backed up first. %1</source>
        <translation>Nichts wurde wiederhergestellt: Das Tagebuch konnte vorher nicht gesichert werden. %1</translation>
    </message>
</context>
<context>
    <name>ebb::ChartPages</name>
    <message>
        <source>it is not Ebb&apos;s chart module</source>
        <translation>es ist nicht Ebbs Diagrammmodul</translation>
    </message>
    <message>
        <source>Ebb could not load its charts from %1 (%2). Your journal is not affected; reinstalling Ebb should bring the charts back.</source>
        <translation>Ebb konnte seine Diagramme nicht aus %1 laden (%2). Dein Tagebuch ist davon nicht betroffen; wenn du Ebb neu installierst, sollten die Diagramme wieder da sein.</translation>
    </message>
    <message>
        <source>Ebb&apos;s charts are missing (%1 is not there). Your journal is not affected; reinstalling Ebb should bring them back.</source>
        <translation>Ebbs Diagramme fehlen (%1 ist nicht da). Dein Tagebuch ist davon nicht betroffen; wenn du Ebb neu installierst, sollten sie wieder da sein.</translation>
    </message>
</context>
<context>
    <name>ebb::CheckInPage</name>
    <message>
        <source>Drained me</source>
        <translation>Hat mich Kraft gekostet</translation>
    </message>
    <message>
        <source>Restored me</source>
        <translation>Hat mich gestärkt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Ebb kept changes you had not saved yet (from %1). Save them with Ctrl+S, or discard them.</source>
        <translation>Ebb hat Änderungen aufbewahrt, die du noch nicht gespeichert hattest (von %1). Speichere sie mit Strg+S oder verwirf sie.</translation>
    </message>
    <message>
        <source>Held</source>
        <extracomment>The keys that choose Held, Slipped and Not relevant, in that order (the labels&apos; initials).</extracomment>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Slipped</source>
        <translation>Gerissen</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Nicht relevant</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (im Ruhestand)</translation>
    </message>
    <message>
        <source>%1 Your changes are still in the form; please do not close Ebb until they are saved.</source>
        <translation>%1 Deine Änderungen stehen noch im Formular; bitte schließe Ebb erst, wenn sie gespeichert sind.</translation>
    </message>
    <message>
        <source>There is nothing to save yet. Fill in at least one thing you noticed.</source>
        <translation>Noch gibt es nichts zu speichern. Trag mindestens eine Sache ein, die dir aufgefallen ist.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Yesterday, %1</source>
        <translation>Gestern, %1</translation>
    </message>
    <message>
        <source>Not saved yet — your changes are kept as a draft. Ctrl+S saves.</source>
        <translation>Noch nicht gespeichert – deine Änderungen sind als Entwurf aufbewahrt. Strg+S speichert.</translation>
    </message>
    <message>
        <source>Saved today at %1.</source>
        <translation>Heute um %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved on %1 at %2.</source>
        <translation>Am %1 um %2 gespeichert.</translation>
    </message>
    <message>
        <source>No check-in for this day yet. Fill in whatever you noticed and skip the rest.</source>
        <translation>Für diesen Tag gibt es noch keinen Eintrag. Trag ein, was dir aufgefallen ist, und lass den Rest weg.</translation>
    </message>
    <message>
        <source>Clear the field to leave it not recorded.</source>
        <translation>Leere das Feld, um es als nicht erfasst zu lassen.</translation>
    </message>
    <message>
        <source>hsn</source>
        <translation>grn</translation>
    </message>
    <message>
        <source>Type H for held, S for slipped, N for not relevant; Delete leaves it unanswered</source>
        <translation>G für gehalten, R für gerissen, N für nicht relevant; Entf lässt es unbeantwortet</translation>
    </message>
    <message>
        <source>Your boundaries today</source>
        <translation>Deine Grenzen heute</translation>
    </message>
    <message>
        <source>Your boundaries on %1</source>
        <translation>Deine Grenzen am %1</translation>
    </message>
    <message>
        <source>Anything you want to remember about today…</source>
        <translation>Was du dir von heute merken möchtest …</translation>
    </message>
    <message>
        <source>Anything you want to remember about %1…</source>
        <translation>Was du dir vom %1 merken möchtest …</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3, so “%4” was not kept. The answer is as it was before.</source>
        <translation>%1 nimmt eine Zahl von %2 bis %3, daher wurde „%4“ nicht übernommen. Die Antwort ist wie vorher.</translation>
    </message>
    <message>
        <source>Sleep is read as hours and minutes up to 24 hours, such as 6:30, 6,5 or 6 h 30 min, so “%1” was not kept. The answer is as it was before.</source>
        <translation>Schlaf wird als Stunden und Minuten bis 24 Stunden gelesen, etwa 6:30, 6,5 oder 6 Std. 30 Min., darum wurde „%1“ nicht übernommen. Die Antwort ist wie vorher.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Changes you had not saved are waiting on %1. &lt;a href=&quot;%2&quot;&gt;Open that day&lt;/a&gt;</source>
        <translation>Ungespeicherte Änderungen warten am %1. &lt;a href=&quot;%2&quot;&gt;Diesen Tag öffnen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ebb::ConcernCard</name>
    <message>
        <source>Why am I seeing this?</source>
        <translation>Warum sehe ich das?</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this until it clears; if it comes back later, Ebb will say so again.</source>
        <translation>Ausblenden, bis es vorbei ist; kommt es später wieder, sagt Ebb es erneut.</translation>
    </message>
    <message>
        <source>Your %1 over the last four weeks; the dashed line is %2.</source>
        <translation>Deine Werte für %1 in den letzten vier Wochen; die gestrichelte Linie ist %2.</translation>
    </message>
    <message>
        <source>the sleep you need</source>
        <translation>der Schlaf, den du brauchst</translation>
    </message>
    <message>
        <source>your usual</source>
        <translation>dein Übliches</translation>
    </message>
    <message>
        <source>Your %1 over the last four weeks; the shaded band is your usual.</source>
        <translation>Deine Werte für %1 in den letzten vier Wochen; das schattierte Band ist dein Übliches.</translation>
    </message>
</context>
<context>
    <name>ebb::EncryptionDialog</name>
    <message>
        <source>Please choose a passphrase of at least %1 characters; a few ordinary words work well.</source>
        <translation>Bitte wähle eine Passphrase mit mindestens %1 Zeichen; ein paar gewöhnliche Wörter eignen sich gut.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type it again in both fields.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Gib sie in beiden Feldern noch einmal ein.</translation>
    </message>
    <message>
        <source>That is not the journal&apos;s current passphrase; nothing was changed.</source>
        <translation>Das ist nicht die aktuelle Passphrase des Tagebuchs; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Please tick that you understand there is no recovery without the passphrase.</source>
        <translation>Bitte hake an, dass du verstanden hast: Ohne die Passphrase gibt es keine Wiederherstellung.</translation>
    </message>
    <message>
        <source>Type the PIN you want, or untick “Ask for a PIN”.</source>
        <translation>Gib die gewünschte PIN ein oder nimm den Haken bei „Nach einer PIN fragen“ heraus.</translation>
    </message>
    <message>
        <source>Please choose a PIN of at least %1 characters.</source>
        <translation>Bitte wähle eine PIN mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A plain journal locks only behind a PIN: tick “Ask for a PIN”, or choose “never”.</source>
        <translation>Ein unverschlüsseltes Tagebuch sperrt nur hinter einer PIN: Hake „Nach einer PIN fragen“ an oder wähle „nie“.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your journal is &lt;b&gt;encrypted&lt;/b&gt;: its file, backups and drafts can only be read with your passphrase.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dein Tagebuch ist &lt;b&gt;verschlüsselt&lt;/b&gt;: Seine Datei, Sicherungen und Entwürfe lassen sich nur mit deiner Passphrase lesen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Encryption keeps your journal unreadable to anyone who gets its files — on a shared computer, a lost laptop, a synced folder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;There is no way to recover the journal without the passphrase.&lt;/b&gt; Nobody can reset it: not you, not Ebb&apos;s authors. Write it somewhere safe.&lt;/p&gt;&lt;p&gt;Your backups are encrypted too, where they are, and so is every new one. Reports you export on purpose stay readable.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Verschlüsselung macht dein Tagebuch für alle unlesbar, die an seine Dateien kommen – auf einem geteilten Rechner, einem verlorenen Laptop, in einem synchronisierten Ordner.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ohne die Passphrase lässt sich das Tagebuch auf keinem Weg wiederherstellen.&lt;/b&gt; Niemand kann sie zurücksetzen: weder du noch die Leute hinter Ebb. Schreib sie an einem sicheren Ort auf.&lt;/p&gt;&lt;p&gt;Deine Sicherungen werden dort, wo sie liegen, ebenfalls verschlüsselt, und jede neue auch. Berichte, die du bewusst exportierst, bleiben lesbar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ebb can lock itself when you step away; unlocking asks for the passphrase (Ctrl+L locks now).</source>
        <translation>Ebb kann sich sperren, wenn du weggehst; zum Entsperren fragt es nach der Passphrase (Strg+L sperrt sofort).</translation>
    </message>
    <message>
        <source>Without encryption the window can still lock when you step away (Ctrl+L locks now), behind a PIN if you like. A PIN only hides the window; it does not protect the file.</source>
        <translation>Auch ohne Verschlüsselung kann sich das Fenster sperren, wenn du weggehst (Strg+L sperrt sofort), auf Wunsch hinter einer PIN. Eine PIN verbirgt nur das Fenster; die Datei schützt sie nicht.</translation>
    </message>
</context>
<context>
    <name>ebb::ExportDialog</name>
    <message>
        <source>PDF report (A4)</source>
        <translation>PDF-Bericht (A4)</translation>
    </message>
    <message>
        <source>PDF report (Letter)</source>
        <translation>PDF-Bericht (Letter)</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Markdown-Bericht</translation>
    </message>
    <message>
        <source>CSV of the check-ins</source>
        <translation>CSV der Einträge</translation>
    </message>
    <message>
        <source>JSON backup of everything</source>
        <translation>JSON-Sicherung von allem</translation>
    </message>
    <message>
        <source>Last 2 weeks</source>
        <translation>Letzte 2 Wochen</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Choose dates</source>
        <translation>Daten wählen</translation>
    </message>
    <message>
        <source>no notes</source>
        <translation>keine Notizen</translation>
    </message>
    <message>
        <source>the notes I marked to share</source>
        <translation>die Notizen, die ich zum Teilen markiert habe</translation>
    </message>
    <message>
        <source>all notes</source>
        <translation>alle Notizen</translation>
    </message>
    <message>
        <source>Your journal is encrypted, but this file will not be: anyone who gets it can read it.</source>
        <translation>Dein Tagebuch ist verschlüsselt, diese Datei aber nicht: Wer sie bekommt, kann sie lesen.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source> (marked to share)</source>
        <translation> (zum Teilen markiert)</translation>
    </message>
    <message>
        <source>The CSV holds every check-in from %1 to %2 in Ebb&apos;s interchange format (scores, sleep, boundary counts, tags and the check-in note).</source>
        <translation>Die CSV enthält jeden Eintrag vom %1 bis %2 in Ebbs Austauschformat (Werte, Schlaf, Anzahl der Grenzen, Schlagwörter und die Notiz des Eintrags).</translation>
    </message>
    <message>
        <source>The JSON backup holds everything in your journal — every check-in, note, review and setting — whatever period is chosen. Keep it private.</source>
        <translation>Die JSON-Sicherung enthält alles aus deinem Tagebuch – jeden Eintrag, jede Notiz, jeden Rückblick und jede Einstellung –, egal welcher Zeitraum gewählt ist. Halte sie privat.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>No notes in these dates are marked to share.</source>
        <translation>Keine Notiz in diesem Zeitraum ist zum Teilen markiert.</translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>Export gespeichert</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>„%1“ ist in %2 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source> (marked to share; a topic to bring up)</source>
        <translation> (zum Teilen markiert; ein Thema zum Ansprechen)</translation>
    </message>
    <message>
        <source> (a topic to bring up)</source>
        <translation> (ein Thema zum Ansprechen)</translation>
    </message>
</context>
<context>
    <name>ebb::HistoryModel</name>
    <message>
        <source>No check-in — press Enter to add one</source>
        <translation>Kein Eintrag – Enter legt einen an</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ebb::HistoryPage</name>
    <message>
        <source>Every day since your first check-in. Press Enter on a day to open it; missed days can be filled in later.</source>
        <translation>Jeder Tag seit deinem ersten Eintrag. Enter öffnet einen Tag; verpasste Tage kannst du später nachtragen.</translation>
    </message>
    <message>
        <source>Day to open</source>
        <translation>Zu öffnender Tag</translation>
    </message>
    <message>
        <source>&amp;Open day</source>
        <translation>Tag ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Go to:</source>
        <translation>&amp;Gehe zu:</translation>
    </message>
    <message>
        <source>Past days</source>
        <translation>Vergangene Tage</translation>
    </message>
</context>
<context>
    <name>ebb::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Your mood</source>
        <translation>Deine Stimmung</translation>
    </message>
    <message>
        <source>On Ebb&apos;s scale (0–10)</source>
        <translation>Auf Ebbs Skala (0–10)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Import a file</source>
        <translation>Eine Datei importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Ebb could not read %1: %2.</source>
        <translation>Ebb konnte %1 nicht lesen: %2.</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>wählen…</translation>
    </message>
    <message>
        <source>Place “%1” on the mood scale</source>
        <translation>„%1“ auf der Stimmungsskala einordnen</translation>
    </message>
    <message>
        <source>%1, %2 row(s) on %3 day(s): &lt;b&gt;%4 new&lt;/b&gt;, &lt;b&gt;%5 changed&lt;/b&gt;, %6 already in your journal, %7 rejected.</source>
        <translation>%1, %2 Zeile(n) an %3 Tag(en): &lt;b&gt;%4 neu&lt;/b&gt;, &lt;b&gt;%5 geändert&lt;/b&gt;, %6 schon in deinem Tagebuch, %7 abgelehnt.</translation>
    </message>
    <message>
        <source>A Daylio export</source>
        <translation>Ein Daylio-Export</translation>
    </message>
    <message>
        <source>An Ebb CSV</source>
        <translation>Eine Ebb-CSV</translation>
    </message>
    <message>
        <source>New tags: %1.</source>
        <translation>Neue Schlagwörter: %1.</translation>
    </message>
    <message>
        <source>Nothing will be imported until every row can be read: correct the rows listed below in the file, then choose it again.</source>
        <translation>Es wird nichts importiert, solange nicht jede Zeile lesbar ist: Korrigiere die unten genannten Zeilen in der Datei und wähle sie dann erneut.</translation>
    </message>
    <message>
        <source>Place every mood below on the scale to import.</source>
        <translation>Ordne jede Stimmung unten auf der Skala ein, um zu importieren.</translation>
    </message>
    <message>
        <source>Your journal already holds everything in this file.</source>
        <translation>Dein Tagebuch enthält schon alles aus dieser Datei.</translation>
    </message>
    <message>
        <source>Importing adds or changes %1 day(s), all at once; a backup of your journal is taken first.</source>
        <translation>Der Import fügt %1 Tag(e) hinzu oder ändert sie, alle auf einmal; vorher wird dein Tagebuch gesichert.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>new day</source>
        <translation>neuer Tag</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>ändert sich</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>schon vorhanden</translation>
    </message>
    <message>
        <source>Nothing will be imported from this file.</source>
        <translation>Aus dieser Datei wird nichts importiert.</translation>
    </message>
    <message>
        <source>Imported %1 day(s). A backup from just before is in your backups.</source>
        <translation>%1 Tag(e) importiert. Eine Sicherung von kurz davor liegt bei deinen Sicherungen.</translation>
    </message>
</context>
<context>
    <name>ebb::Journal</name>
    <message>
        <source>Your journal itself is in %1. A sync program copying the journal while Ebb writes it can damage it: choose a folder apart from the journal, or move the journal out first. Nothing was changed.</source>
        <translation>Dein Tagebuch selbst liegt in %1. Ein Abgleichprogramm, das das Tagebuch kopiert, während Ebb hineinschreibt, kann es beschädigen: wähle einen Ordner getrennt vom Tagebuch oder verschiebe das Tagebuch zuerst. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The sync folder&apos;s key has not arrived from your other computer yet, though some of its changes have. Wait until your sync program has carried the whole folder, then try again. Nothing was changed.</source>
        <translation>Der Schlüssel des Abgleichordners ist von deinem anderen Computer noch nicht angekommen, einige seiner Änderungen aber schon. Warte, bis dein Abgleichprogramm den ganzen Ordner übertragen hat, und versuche es dann noch einmal. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The new sync passphrase needs at least %1 characters.</source>
        <translation>Die neue Abgleich-Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>ebb::MainWindow</name>
    <message>
        <source>Ebb</source>
        <translation>Ebb</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>Eintrag &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Export for my therapist…</source>
        <translation>&amp;Export für meine Therapie…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Search notes and reviews…</source>
        <translation>Notizen und Rückblicke &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Boundaries and tags…</source>
        <translation>&amp;Grenzen und Schlagwörter…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Si&amp;cherungen…</translation>
    </message>
    <message>
        <source>&amp;Encryption and lock…</source>
        <translation>&amp;Verschlüsselung und Sperre…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>Jetzt &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>&amp;Vorheriger Tag</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>&amp;Nächster Tag</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>T&amp;rends</source>
        <translation>T&amp;rends</translation>
    </message>
    <message>
        <source>Weekly re&amp;view</source>
        <translation>Wochen&amp;rückblick</translation>
    </message>
    <message>
        <source>Check-in &amp;page</source>
        <translation>&amp;Seite Eintrag</translation>
    </message>
    <message>
        <source>History &amp;page</source>
        <translation>Seite &amp;Verlauf</translation>
    </message>
    <message>
        <source>Trends &amp;page</source>
        <translation>Seite &amp;Trends</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Ebb</source>
        <translation>Ü&amp;ber Ebb</translation>
    </message>
    <message>
        <source>About Ebb</source>
        <translation>Über Ebb</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ebb %1&lt;/b&gt; — a calm journal for burnout recovery.&lt;/p&gt;&lt;p&gt;Your entries stay in one file on this computer:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Ebb is not a medical tool. If you feel unsafe, please contact your doctor, a local crisis line or emergency services.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ebb %1&lt;/b&gt; – ein ruhiges Tagebuch für die Erholung vom Burnout.&lt;/p&gt;&lt;p&gt;Deine Einträge bleiben in einer Datei auf diesem Rechner:&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Ebb ist kein medizinisches Werkzeug. Wenn du dich nicht sicher fühlst, wende dich bitte an deine Ärztin oder deinen Arzt, eine Krisenhotline oder den Notruf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your changes are not saved</source>
        <translation>Deine Änderungen sind nicht gespeichert</translation>
    </message>
    <message>
        <source>Ebb could not keep your unsaved changes: %1

If you close Ebb now, they are lost. Free some space and save first, or copy your note elsewhere.</source>
        <translation>Ebb konnte deine ungespeicherten Änderungen nicht aufbewahren: %1

Wenn du Ebb jetzt schließt, gehen sie verloren. Schaffe etwas Platz und speichere zuerst, oder kopiere deine Notiz woandershin.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Ebb found unencrypted copies of your journal beside it, left by something that was interrupted, and encrypted or deleted them. Your journal is whole.</source>
        <translation>Ebb hat neben deinem Tagebuch unverschlüsselte Kopien gefunden, die ein abgebrochener Vorgang zurückgelassen hat, und sie verschlüsselt oder gelöscht. Dein Tagebuch ist vollständig.</translation>
    </message>
    <message>
        <source>Ebb rebuilt its search index, which was damaged. Everything you wrote is as it was.</source>
        <translation>Ebb hat sein Suchverzeichnis neu aufgebaut, es war beschädigt. Alles, was du geschrieben hast, ist unverändert.</translation>
    </message>
    <message>
        <source>Sync with your other computers did not run: %1</source>
        <translation>Der Abgleich mit deinen anderen Computern lief nicht: %1</translation>
    </message>
    <message>
        <source>S&amp;ync with my other computers…</source>
        <translation>Mit meinen anderen Computern ab&amp;gleichen…</translation>
    </message>
    <message>
        <source>Check-in form</source>
        <translation>Eintragsformular</translation>
    </message>
    <message>
        <source>Today&apos;s backup is kept (Journal → Backups).</source>
        <translation>Die heutige Sicherung ist abgelegt (Tagebuch → Sicherungen).</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Anleitung (auf Englisch)</translation>
    </message>
</context>
<context>
    <name>ebb::ManageDialog</name>
    <message>
        <source>Draining</source>
        <translation>Kostet Kraft</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Stärkt</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Weder noch</translation>
    </message>
    <message>
        <source>Retired: not asked in new check-ins; its history is kept.</source>
        <translation>Im Ruhestand: wird in neuen Einträgen nicht abgefragt; die Geschichte bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>In den &amp;Ruhestand</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>Zu&amp;rückholen</translation>
    </message>
    <message>
        <source>R&amp;etire</source>
        <translation>In den R&amp;uhestand</translation>
    </message>
</context>
<context>
    <name>ebb::OnboardingDialog</name>
    <message>
        <source>Stopped work by 18:00</source>
        <translation>Um 18:00 Feierabend gemacht</translation>
    </message>
    <message>
        <source>Took a real lunch break</source>
        <translation>Eine echte Mittagspause gemacht</translation>
    </message>
    <message>
        <source>Said no to one extra task</source>
        <translation>Zu einer zusätzlichen Aufgabe Nein gesagt</translation>
    </message>
    <message>
        <source>Rested without guilt</source>
        <translation>Ohne schlechtes Gewissen ausgeruht</translation>
    </message>
    <message>
        <source>No work email after dinner</source>
        <translation>Nach dem Abendessen keine Arbeitsmails</translation>
    </message>
    <message>
        <source>A short break every 90 minutes</source>
        <translation>Alle 90 Minuten eine kurze Pause</translation>
    </message>
    <message>
        <source>Asked for help when needed</source>
        <translation>Um Hilfe gebeten, wenn nötig</translation>
    </message>
    <message>
        <source>Went to bed on time</source>
        <translation>Rechtzeitig ins Bett gegangen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Ebb&lt;/h3&gt;&lt;p&gt;Ebb is a quiet daily journal for recovering from burnout. Once a day you note your energy, mood, stress, how much the day asked of you, sleep and your boundaries — skip anything you did not notice. Ebb looks at the trends and gently says when you seem to be sliding below your usual, so you can ease off before a crash.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ebb is not a medical tool&lt;/b&gt; and cannot diagnose anything. If you feel unsafe, contact your doctor, a local crisis line or emergency services.&lt;/p&gt;&lt;p&gt;Everything stays in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Willkommen bei Ebb&lt;/h3&gt;&lt;p&gt;Ebb ist ein ruhiges Tagebuch für die Erholung vom Burnout. Einmal am Tag notierst du Energie, Stimmung, Stress, wie viel der Tag von dir verlangt hat, Schlaf und deine Grenzen – lass weg, was dir nicht aufgefallen ist. Ebb schaut auf die Verläufe und sagt behutsam, wenn du unter dein Übliches zu rutschen scheinst, damit du kürzertreten kannst, bevor es zum Einbruch kommt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ebb ist kein medizinisches Werkzeug&lt;/b&gt; und kann nichts diagnostizieren. Wenn du dich nicht sicher fühlst, wende dich an deine Ärztin oder deinen Arzt, eine Krisenhotline oder den Notruf.&lt;/p&gt;&lt;p&gt;Alles bleibt in einer Datei auf diesem Rechner.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Long meetings</source>
        <translation>Lange Besprechungen</translation>
    </message>
    <message>
        <source>Screen time late</source>
        <translation>Spät noch am Bildschirm</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Überstunden</translation>
    </message>
    <message>
        <source>A walk outside</source>
        <translation>Ein Spaziergang draußen</translation>
    </message>
    <message>
        <source>Time with a friend</source>
        <translation>Zeit mit Freunden</translation>
    </message>
    <message>
        <source>A proper rest</source>
        <translation>Richtig ausgeruht</translation>
    </message>
    <message>
        <source>Drained: %1. Restored: %2. You can rename or retire them any time.</source>
        <translation>Erschöpft: %1. Gutgetan: %2. Du kannst sie jederzeit umbenennen oder ablegen.</translation>
    </message>
</context>
<context>
    <name>ebb::ReminderDelivery</name>
    <message>
        <source>How was today?</source>
        <translation>Wie war dein Tag?</translation>
    </message>
    <message>
        <source>Check in now</source>
        <translation>Jetzt eintragen</translation>
    </message>
    <message>
        <source>Your weekly review</source>
        <translation>Dein Wochenrückblick</translation>
    </message>
    <message>
        <source>A few quiet minutes to look back on the week, when you are ready.</source>
        <translation>Ein paar ruhige Minuten, um auf die Woche zurückzuschauen, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>Look back now</source>
        <translation>Jetzt zurückschauen</translation>
    </message>
    <message>
        <source>Six short questions about how the last weeks have felt, when you have a quiet minute.</source>
        <translation>Sechs kurze Fragen dazu, wie sich die letzten Wochen angefühlt haben, wenn du eine ruhige Minute hast.</translation>
    </message>
    <message>
        <source>Answer now</source>
        <translation>Jetzt beantworten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Ebb</source>
        <translation>Ebb</translation>
    </message>
    <message>
        <source>Open Ebb</source>
        <translation>Ebb öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Ebb is still here</source>
        <translation>Ebb ist noch da</translation>
    </message>
    <message>
        <source>Ebb waits in the tray to remind you. Quit from its menu, or turn this off in Settings.</source>
        <translation>Ebb wartet im Infobereich, um dich zu erinnern. Beende es über sein Menü oder schalte das in den Einstellungen ab.</translation>
    </message>
    <message>
        <source>A check-in takes a minute, and you can skip any question.</source>
        <translation>Ein Eintrag dauert eine Minute, und du kannst jede Frage auslassen.</translation>
    </message>
    <message>
        <source>Your monthly questions</source>
        <translation>Deine monatlichen Fragen</translation>
    </message>
    <message>
        <source>Ebb keeps running without a window, to remind you at %1.</source>
        <translation>Ebb läuft ohne Fenster weiter, um dich um %1 zu erinnern.</translation>
    </message>
    <message>
        <source>Ebb keeps running without a window, to remind you.</source>
        <translation>Ebb läuft ohne Fenster weiter, um dich zu erinnern.</translation>
    </message>
    <message>
        <source>Quit Ebb</source>
        <translation>Ebb beenden</translation>
    </message>
</context>
<context>
    <name>ebb::ReviewBanner</name>
    <message>
        <source>When you have a quiet minute, there is the &lt;a href=&quot;selfcheck&quot;&gt;monthly burnout self-check&lt;/a&gt;: six short questions. Or &lt;a href=&quot;skip-selfcheck&quot;&gt;not this month&lt;/a&gt;.</source>
        <translation>Wenn du eine ruhige Minute hast, gibt es den &lt;a href=&quot;selfcheck&quot;&gt;monatlichen Burnout-Selbsttest&lt;/a&gt;: sechs kurze Fragen. Oder &lt;a href=&quot;skip-selfcheck&quot;&gt;diesen Monat nicht&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>It is your weekly review day. When you have five quiet minutes, &lt;a href=&quot;review&quot;&gt;look back at your week&lt;/a&gt;; this month there is also the &lt;a href=&quot;selfcheck&quot;&gt;burnout self-check&lt;/a&gt;, six short questions (or &lt;a href=&quot;skip-selfcheck&quot;&gt;not this month&lt;/a&gt;).</source>
        <translation>Heute ist dein Tag für den Wochenrückblick. Wenn du fünf ruhige Minuten hast, &lt;a href=&quot;review&quot;&gt;schau auf deine Woche zurück&lt;/a&gt;; diesen Monat gibt es auch den &lt;a href=&quot;selfcheck&quot;&gt;Burnout-Selbsttest&lt;/a&gt;, sechs kurze Fragen (oder &lt;a href=&quot;skip-selfcheck&quot;&gt;diesen Monat nicht&lt;/a&gt;).</translation>
    </message>
    <message>
        <source>It is your weekly review day. When you have five quiet minutes, &lt;a href=&quot;review&quot;&gt;look back at your week&lt;/a&gt;.</source>
        <translation>Heute ist dein Tag für den Wochenrückblick. Wenn du fünf ruhige Minuten hast, &lt;a href=&quot;review&quot;&gt;schau auf deine Woche zurück&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>ebb::ReviewPage</name>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>diese Woche</translation>
    </message>
    <message>
        <source>week before</source>
        <translation>Vorwoche</translation>
    </message>
    <message>
        <source>your usual</source>
        <translation>dein Übliches</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sleep: %1 h over %2 nights, %3 h short of what you need.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schlaf: %1 h in %2 Nächten, %3 h weniger, als du brauchst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: held %2, slipped %3</source>
        <translation>%1: gehalten %2, gerissen %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Boundaries&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Grenzen&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What came the day before&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Was am Tag davor war&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Vorherige Woche</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Nächste Woche ▶</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Past reviews</source>
        <translation>Frühere Rückblicke</translation>
    </message>
    <message>
        <source>Search notes and reviews…</source>
        <translation>Notizen und Rückblicke durchsuchen…</translation>
    </message>
    <message>
        <source>Questions and reminder…</source>
        <translation>Fragen und Erinnerung…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Week %1 · %2 – %3</source>
        <translation>Woche %1 · %2 – %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last week you chose one small change:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Letzte Woche hast du dir eine kleine Änderung vorgenommen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Anything else about this week:</source>
        <translation>Was sonst noch zu dieser Woche:</translation>
    </message>
    <message>
        <source>Past reviews…</source>
        <translation>Frühere Rückblicke…</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (ab %2)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreibe…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Gespeichert %1.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>Check-in, %1</source>
        <translation>Eintrag, %1</translation>
    </message>
    <message>
        <source>Note, %1</source>
        <translation>Notiz, %1</translation>
    </message>
    <message>
        <source>Review of week %1 (from %2)</source>
        <translation>Rückblick auf Woche %1 (ab %2)</translation>
    </message>
    <message>
        <source>Search notes and reviews</source>
        <translation>Notizen und Rückblicke durchsuchen</translation>
    </message>
    <message>
        <source>Energy, mood and stress this week</source>
        <translation>Energie, Stimmung und Stress in dieser Woche</translation>
    </message>
    <message>
        <source>Week summary</source>
        <translation>Wochenübersicht</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sleep: %1 h in one night, %2 h short of what you need.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Schlaf: %1 h in einer Nacht, %2 h weniger, als du brauchst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A longer view&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mit etwas Abstand&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 of %2 days with a check-in.&lt;/b&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 von %2 Tagen mit Eintrag.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lightest day: %1. Heaviest day: %2.</source>
        <translation>Leichtester Tag: %1. Schwerster Tag: %2.</translation>
    </message>
    <message>
        <source>lowest–highest</source>
        <translation>niedrigster–höchster</translation>
    </message>
    <message>
        <source>Show the numbers</source>
        <translation>Zahlen zeigen</translation>
    </message>
    <message>
        <source>Hide the numbers</source>
        <translation>Zahlen verbergen</translation>
    </message>
    <message>
        <source>Only if it helps: this one can stay empty.</source>
        <translation>Nur, wenn es dir hilft: Diese Frage darf leer bleiben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What Ebb noticed&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Was Ebb aufgefallen ist&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>ebb::SegmentedScale</name>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>%1 = %2, %3 = %4. Type a number; Delete leaves it not recorded.</source>
        <translation>%1 = %2, %3 = %4. Tippe eine Zahl; Entf lässt es nicht erfasst.</translation>
    </message>
    <message>
        <source>Type the letter of a choice; Delete leaves it unanswered.</source>
        <translation>Tippe den Buchstaben einer Wahl; Entf lässt es unbeantwortet.</translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation>Jetzt %1.</translation>
    </message>
    <message>
        <source>Now not recorded.</source>
        <translation>Jetzt nicht erfasst.</translation>
    </message>
</context>
<context>
    <name>ebb::SelfCheckDialog</name>
    <message>
        <source>Monthly burnout self-check</source>
        <translation>Monatlicher Burnout-Selbsttest</translation>
    </message>
    <message>
        <source>Six questions about how you have been lately. Answer what feels right and skip what does not; three answers are enough for a score. It takes about a minute, and it is a self-check, not a diagnosis.</source>
        <translation>Sechs Fragen dazu, wie es dir in letzter Zeit ging. Beantworte, was sich richtig anfühlt, und überspringe den Rest; drei Antworten reichen für einen Wert. Es dauert etwa eine Minute, und es ist ein Selbsttest, keine Diagnose.</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>De&amp;lete this check</source>
        <translation>Diesen Test &amp;löschen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Answer at least %1 questions for a score.</source>
        <translation>Beantworte mindestens %1 Fragen für einen Wert.</translation>
    </message>
    <message>
        <source>Delete this check?</source>
        <translation>Diesen Test löschen?</translation>
    </message>
    <message>
        <source>Delete the self-check of %1?</source>
        <translation>Den Selbsttest vom %1 löschen?</translation>
    </message>
    <message>
        <source>Your earlier self-checks could not be read, so this one cannot be saved now: %1</source>
        <translation>Deine früheren Selbsttests konnten nicht gelesen werden, daher kann dieser jetzt nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Open that day&apos;s check?</source>
        <translation>Den Test dieses Tages öffnen?</translation>
    </message>
    <message>
        <source>%1 already has a self-check. Show its answers instead of the ones you just gave? Yours are not saved yet.</source>
        <translation>Am %1 gibt es schon einen Selbsttest. Seine Antworten statt deiner eben gegebenen zeigen? Deine sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 Your answers are still here.</source>
        <translation>%1 Deine Antworten sind noch da.</translation>
    </message>
    <message>
        <source>The questions are Ebb&apos;s careful translation of the questionnaire&apos;s original English; a published translation of their exact words was not at hand.</source>
        <translation>Die Fragen sind eine sorgfältige Übersetzung von Ebb aus dem englischen Original des Fragebogens; der Wortlaut einer veröffentlichten Übersetzung lag nicht vor.</translation>
    </message>
    <message>
        <source>Studies usually call 50 or more high; what matters most is how yours moves from month to month.</source>
        <translation>Studien nennen einen Wert ab 50 meist hoch; am wichtigsten ist, wie sich deiner von Monat zu Monat bewegt.</translation>
    </message>
    <message>
        <source>Your score: %1 of 100 (%2 of %3 questions answered).</source>
        <translation>Dein Wert: %1 von 100 (%2 von %3 Fragen beantwortet).</translation>
    </message>
</context>
<context>
    <name>ebb::SelfCheckPanel</name>
    <message>
        <source>Once a month, six short questions about tiredness and exhaustion. Over months, the scores show recovery that daily ups and downs can hide.</source>
        <translation>Einmal im Monat sechs kurze Fragen zu Müdigkeit und Erschöpfung. Über Monate zeigen die Werte eine Erholung, die das tägliche Auf und Ab verdecken kann.</translation>
    </message>
    <message>
        <source>Your first check: %1 of 100 on %2.</source>
        <translation>Dein erster Test: %1 von 100 am %2.</translation>
    </message>
    <message>
        <source>Latest: %1 of 100 on %2, down from %3 — lower means less worn out.</source>
        <translation>Zuletzt: %1 von 100 am %2, gesunken von %3 — niedriger heißt weniger erschöpft.</translation>
    </message>
    <message>
        <source>Latest: %1 of 100 on %2, up from %3. Be gentle with yourself this month.</source>
        <translation>Zuletzt: %1 von 100 am %2, gestiegen von %3. Sei diesen Monat sanft mit dir.</translation>
    </message>
    <message>
        <source>Latest: %1 of 100 on %2, as last time.</source>
        <translation>Zuletzt: %1 von 100 am %2, wie beim letzten Mal.</translation>
    </message>
    <message>
        <source>Monthly burnout self-check</source>
        <translation>Monatlicher Burnout-Selbsttest</translation>
    </message>
    <message>
        <source>50 or more is what studies usually call high (the dashed line). A self-check, not a diagnosis.</source>
        <translation>50 oder mehr nennen Studien meist hoch (die gestrichelte Linie). Ein Selbsttest, keine Diagnose.</translation>
    </message>
    <message>
        <source>The self-checks could not be read: %1</source>
        <translation>Die Selbsttests konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Change or delete the latest check…</source>
        <translation>Den letzten Test ändern oder löschen…</translation>
    </message>
    <message>
        <source>Take this month&apos;s check…</source>
        <translation>Den Test dieses Monats machen…</translation>
    </message>
    <message>
        <source>Studies usually call a score of 50 or more high. A self-check, not a diagnosis.</source>
        <translation>Studien nennen einen Wert ab 50 meist hoch. Ein Selbsttest, keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>ebb::SelfCheckTrend</name>
    <message>
        <source>Self-check scores over the months</source>
        <translation>Selbsttest-Werte über die Monate</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ebb::SettingsDialog</name>
    <message>
        <source>Ebb could not change the autostart entry in %1/autostart.</source>
        <translation>Ebb konnte den Autostart-Eintrag in %1/autostart nicht ändern.</translation>
    </message>
    <message>
        <source>Ebb could not save its settings; check that your configuration folder can be written.</source>
        <translation>Ebb konnte seine Einstellungen nicht speichern; prüfe, ob dein Konfigurationsordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>As the desktop is set</source>
        <translation>Wie der Desktop eingestellt ist</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>S&amp;ync with my other computers…</source>
        <translation>Mit meinen anderen Computern ab&amp;gleichen…</translation>
    </message>
</context>
<context>
    <name>ebb::ShortcutsDialog</name>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Check-in: next / previous question</source>
        <translation>Eintrag: nächste / vorherige Frage</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Eine Zahl tippen</translation>
    </message>
    <message>
        <source>H, S, N</source>
        <translation>G, R, N</translation>
    </message>
    <message>
        <source>Check-in: a boundary held, slipped, not relevant</source>
        <translation>Eintrag: eine Grenze gehalten, gerissen, nicht relevant</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Check-in: tick the tag under the cursor</source>
        <translation>Eintrag: das Schlagwort unter dem Cursor anhaken</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>History: open the day</source>
        <translation>Verlauf: den Tag öffnen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <source>Check-in: answer a measure (1 then 0 quickly is 10)</source>
        <translation>Eintrag: einen Wert beantworten (schnell 1 und 0 ist 10)</translation>
    </message>
    <message>
        <source>Left / Right</source>
        <translation>Links / Rechts</translation>
    </message>
    <message>
        <source>Check-in: one step down or up on a measure</source>
        <translation>Eintrag: einen Wert um eins senken oder erhöhen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Check-in: leave a measure or a boundary “not recorded”</source>
        <translation>Eintrag: einen Wert oder eine Grenze „nicht erfasst“ lassen</translation>
    </message>
</context>
<context>
    <name>ebb::SleepTimeBox</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Hours of sleep to choose from</source>
        <translation>Schlafstunden zur Auswahl</translation>
    </message>
</context>
<context>
    <name>ebb::StatusPanel</name>
    <message>
        <source>How your recent days look</source>
        <translation>Wie deine letzten Tage aussehen</translation>
    </message>
    <message>
        <source>Pacing notes</source>
        <translation>Hinweise zum Tempo</translation>
    </message>
    <message>
        <source>Looking at your recent days…</source>
        <translation>Ich schaue mir deine letzten Tage an …</translation>
    </message>
    <message>
        <source>What Ebb noticed (%1)</source>
        <translation>Ebbs Beobachtungen (%1)</translation>
    </message>
    <message>
        <source>More that Ebb noticed</source>
        <translation>Mehr, was Ebb aufgefallen ist</translation>
    </message>
</context>
<context>
    <name>ebb::SteadierStretchBox</name>
    <message>
        <source>A time I felt more like myself</source>
        <translation>Eine Zeit, in der ich mehr ich selbst war</translation>
    </message>
    <message>
        <source>Let Ebb &amp;find my steadier weeks</source>
        <translation>Ebb meine ruhigeren Wochen &amp;finden lassen</translation>
    </message>
    <message>
        <source>&amp;These weeks:</source>
        <translation>&amp;Diese Wochen:</translation>
    </message>
    <message>
        <source>First day of those weeks</source>
        <translation>Erster Tag dieser Wochen</translation>
    </message>
    <message>
        <source>Last day of those weeks</source>
        <translation>Letzter Tag dieser Wochen</translation>
    </message>
    <message>
        <source>Ebb gently says when your last weeks have differed from a steadier stretch for a while, in either direction. It finds one itself, or you can name one here.</source>
        <translation>Ebb sagt behutsam, wenn deine letzten Wochen eine Weile anders waren als eine ruhigere Zeit – in beide Richtungen. Ebb findet eine solche Zeit selbst, oder du nennst sie hier.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Please choose at least four weeks for the time you felt more like yourself.</source>
        <translation>Bitte wähle mindestens vier Wochen für die Zeit, in der du mehr du selbst warst.</translation>
    </message>
</context>
<context>
    <name>ebb::SyncComputersDialog</name>
    <message>
        <source>&amp;Forget this computer…</source>
        <translation>Diesen Computer &amp;vergessen …</translation>
    </message>
    <message>
        <source>Computers that sync this journal</source>
        <translation>Computer, die dieses Tagebuch abgleichen</translation>
    </message>
    <message>
        <source>If one of them is gone for good — lost, sold or set up anew — forget it, so that the sync folder stops keeping changes for it. Nothing in your journal is lost.</source>
        <translation>Ist einer davon für immer weg – verloren, verkauft oder neu eingerichtet –, vergiss ihn, damit der Abgleichordner keine Änderungen mehr für ihn aufhebt. Aus deinem Tagebuch geht nichts verloren.</translation>
    </message>
    <message>
        <source>Forget this computer?</source>
        <translation>Diesen Computer vergessen?</translation>
    </message>
    <message>
        <source>Forget “%1”? Do this only if you will not use that computer with this journal again. If it ever syncs again, it catches up.</source>
        <translation>„%1“ vergessen? Tu das nur, wenn du diesen Computer nicht mehr mit diesem Tagebuch nutzen wirst. Gleicht er doch wieder ab, holt er alles nach.</translation>
    </message>
</context>
<context>
    <name>ebb::SyncDialog</name>
    <message>
        <source>Sync with my other computers</source>
        <translation>Mit meinen anderen Computern abgleichen</translation>
    </message>
    <message>
        <source>Keep this journal the same on your laptop and your desktop. Ebb puts its changes, encrypted, in a folder that a sync program you already use (Syncthing, Nextcloud, Dropbox…) keeps the same on each computer.</source>
        <translation>Halte dieses Tagebuch auf Laptop und Desktop gleich. Ebb legt seine Änderungen verschlüsselt in einen Ordner, den ein Abgleichprogramm, das du schon nutzt (Syncthing, Nextcloud, Dropbox…), auf jedem Computer gleich hält.</translation>
    </message>
    <message>
        <source>A folder your sync program shares</source>
        <translation>Ein Ordner, den dein Abgleichprogramm teilt</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Use the same passphrase on every computer; the first one chooses it. Without it nobody, not the sync program either, can read the folder.</source>
        <translation>Nutze auf jedem Computer dieselbe Passphrase; der erste wählt sie. Ohne sie kann niemand den Ordner lesen, auch das Abgleichprogramm nicht.</translation>
    </message>
    <message>
        <source>&amp;Start syncing</source>
        <translation>Abgleich &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation>Abgleich &amp;beenden</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Through %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>The folder your sync program shares</source>
        <translation>Der Ordner, den dein Abgleichprogramm teilt</translation>
    </message>
    <message>
        <source>Choose the folder your sync program keeps the same on your computers.</source>
        <translation>Wähle den Ordner, den dein Abgleichprogramm auf deinen Computern gleich hält.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Die Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>This computer made the folder&apos;s key. On your other computer, choose its copy of this folder and the same passphrase.</source>
        <translation>Dieser Computer hat den Schlüssel des Ordners erzeugt. Wähle auf deinem anderen Computer dessen Kopie dieses Ordners und dieselbe Passphrase.</translation>
    </message>
    <message>
        <source>This computer joined the folder.</source>
        <translation>Dieser Computer ist dem Ordner beigetreten.</translation>
    </message>
    <message>
        <source>The new sync passphrase</source>
        <translation>Die neue Abgleich-Passphrase</translation>
    </message>
    <message>
        <source>&amp;Join again</source>
        <translation>Wieder bei&amp;treten</translation>
    </message>
    <message>
        <source>&amp;Computers…</source>
        <translation>&amp;Computer …</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern …</translation>
    </message>
    <message>
        <source>The sync passphrase is changed. Your other computers ask for the new one once, and go on where they were.</source>
        <translation>Die Abgleich-Passphrase ist geändert. Deine anderen Computer fragen einmal nach der neuen und machen dann weiter, wo sie waren.</translation>
    </message>
</context>
<context>
    <name>ebb::SyncFolder</name>
    <message>
        <source>%1 is already a sync folder. To use it from this computer, join it with its passphrase.</source>
        <translation>%1 ist schon ein Sync-Ordner. Um ihn auf diesem Rechner zu nutzen, tritt ihm mit seiner Passphrase bei.</translation>
    </message>
    <message>
        <source>Ebb could not make the sync folder %1.</source>
        <translation>Ebb konnte den Sync-Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>%1 is not a sync folder yet: set it up on your first computer, then join it here.</source>
        <translation>%1 ist noch kein Sync-Ordner: Richte ihn auf deinem ersten Rechner ein und tritt ihm dann hier bei.</translation>
    </message>
    <message>
        <source>The sync folder&apos;s marker file is damaged or from a newer Ebb; nothing was written.</source>
        <translation>Die Kennungsdatei des Sync-Ordners ist beschädigt oder stammt von einem neueren Ebb; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>That passphrase does not open this sync folder. Nothing was written; use the passphrase chosen on your first computer.</source>
        <translation>Diese Passphrase öffnet den Sync-Ordner nicht. Es wurde nichts geschrieben; nimm die Passphrase, die du auf deinem ersten Rechner gewählt hast.</translation>
    </message>
    <message>
        <source>The sync folder %1 cannot be found. If it moved, set up sync again with its new place.</source>
        <translation>Der Abgleichordner %1 ist nicht zu finden. Wenn er umgezogen ist, richte den Abgleich mit seinem neuen Ort neu ein.</translation>
    </message>
    <message>
        <source>The snapshot %1 in the sync folder could not be read.</source>
        <translation>Der Schnappschuss %1 im Abgleichordner konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 in the sync folder could not be read.</source>
        <translation>Die Datei %1 im Abgleichordner konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This computer has used up the numbers for its files in the sync folder. Set up sync again to go on.</source>
        <translation>Dieser Computer hat die Nummern für seine Dateien im Abgleichordner aufgebraucht. Richte den Abgleich neu ein, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The sync folder holds a file named %1 that Ebb did not write and could not set aside.</source>
        <translation>Der Abgleichordner enthält eine Datei namens %1, die Ebb nicht geschrieben hat und nicht beiseitelegen konnte.</translation>
    </message>
    <message>
        <source>The sync passphrase was changed on another computer. Join the folder %1 again with the new passphrase: nothing is lost, and this computer goes on where it was.</source>
        <translation>Die Abgleich-Passphrase wurde auf einem anderen Computer geändert. Tritt dem Ordner %1 mit der neuen Passphrase wieder bei: Nichts geht verloren, und dieser Computer macht weiter, wo er war.</translation>
    </message>
    <message>
        <source>Ebb could not write to the sync folder %1: %2</source>
        <translation>Ebb konnte nicht in den Sync-Ordner %1 schreiben: %2</translation>
    </message>
</context>
<context>
    <name>ebb::SyncPassphraseDialog</name>
    <message>
        <source>Change the sync passphrase</source>
        <translation>Abgleich-Passphrase ändern</translation>
    </message>
    <message>
        <source>The sync folder gets a new key: the old passphrase opens nothing written from now on. Your other computers ask for the new passphrase once, and nothing is lost.</source>
        <translation>Der Abgleichordner bekommt einen neuen Schlüssel: Die alte Passphrase öffnet nichts mehr, was ab jetzt geschrieben wird. Deine anderen Computer fragen einmal nach der neuen Passphrase, und nichts geht verloren.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>The same &amp;again</source>
        <translation>Dieselbe &amp;noch einmal</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Passphrase ä&amp;ndern</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Die Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the new one twice.</source>
        <translation>Die beiden Passphrasen sind nicht gleich. Gib die neue zweimal ein.</translation>
    </message>
</context>
<context>
    <name>ebb::TrendsPage</name>
    <message>
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>&amp;Über:</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Trenddiagramm</translation>
    </message>
    <message>
        <source>%1, weekly average</source>
        <translation>%1, Wochenmittel</translation>
    </message>
    <message>
        <source>Flag active</source>
        <translation>Hinweis aktiv</translation>
    </message>
    <message>
        <source>Your usual</source>
        <translation>Dein Übliches</translation>
    </message>
    <message>
        <source>No check-ins in this range yet.</source>
        <translation>In diesem Zeitraum gibt es noch keine Einträge.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Line: your check-ins (missed days are gaps). Band: your usual — the median of weeks 2–9 before each day, give or take a typical day&apos;s spread. Shaded: days with a pacing flag. Click a point to open that day. The wheel or + and − zoom, dragging or the arrow keys move along time, Home shows it all.</source>
        <translation>Linie: deine Einträge (verpasste Tage sind Lücken). Band: dein Übliches – der Median der Wochen 2–9 vor jedem Tag, plus/minus eine typische Tagesschwankung. Schattiert: Tage mit einem Belastungshinweis. Ein Klick auf einen Punkt öffnet den Tag. Mausrad oder + und − zoomen, Ziehen oder die Pfeiltasten bewegen durch die Zeit, Pos1 zeigt alles.</translation>
    </message>
    <message>
        <source>Ebb noticed: %1</source>
        <translation>Ebb ist aufgefallen: %1</translation>
    </message>
    <message>
        <source>Your trends will be drawn here after your first check-ins: each measure over weeks and months, with a band for your usual once Ebb knows it.</source>
        <translation>Hier erscheinen deine Verläufe nach den ersten Einträgen: jeder Wert über Wochen und Monate, mit einem Band für dein Übliches, sobald Ebb es kennt.</translation>
    </message>
</context>
<context>
    <name>ebb::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Anleitung (auf Englisch)</translation>
    </message>
</context>
<context>
    <name>ebb::cli</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Read check-ins from an interchange CSV file.</source>
        <translation>Einträge aus einer CSV-Datei im Austauschformat lesen.</translation>
    </message>
    <message>
        <source>Analyse as of this day (default: today).</source>
        <translation>Zum Stand dieses Tages auswerten (Standard: heute).</translation>
    </message>
    <message>
        <source>Print the report for every day of the data, each using only data up to that day.</source>
        <translation>Den Bericht für jeden Tag der Daten ausgeben, jeweils nur mit den Daten bis zu diesem Tag.</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>Shows what the pacing engine noticed in the journal, in plain words, with the days behind each finding.</source>
        <translation>Zeigt in einfachen Worten, was die Tempo-Auswertung im Tagebuch bemerkt hat, mit den Tagen hinter jedem Befund.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (text or json)</source>
        <translation>unbekanntes Format „%1“ (text oder json)</translation>
    </message>
    <message>
        <source>give either --database or --csv, not both</source>
        <translation>gib entweder --database oder --csv an, nicht beides</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD</source>
        <translation>--today erwartet ein Datum als YYYY-MM-DD</translation>
    </message>
    <message>
        <source>List the backups instead of taking one.</source>
        <translation>Die Sicherungen auflisten, statt eine anzulegen.</translation>
    </message>
    <message>
        <source>Takes a checked snapshot of the journal into the backups folder beside it, then rotates old ones (7 daily, 4 weekly, 12 monthly).</source>
        <translation>Legt einen geprüften Schnappschuss des Tagebuchs im Sicherungsordner daneben an und sortiert dann alte aus (7 tägliche, 4 wöchentliche, 12 monatliche).</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <source>No backups yet in %1</source>
        <translation>Noch keine Sicherungen in %1</translation>
    </message>
    <message>
        <source>Rebuild the search index if it is damaged (it is made from your notes; nothing you wrote changes). Without it, check writes nothing.</source>
        <translation>Das Suchverzeichnis neu aufbauen, wenn es beschädigt ist (es entsteht aus deinen Notizen; nichts, was du geschrieben hast, ändert sich). Ohne diese Option schreibt check nichts.</translation>
    </message>
    <message>
        <source>Checks a journal&apos;s integrity and schema version.</source>
        <translation>Prüft die Unversehrtheit und die Schemaversion eines Tagebuchs.</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Tagebuch: %1</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (verschlüsselt)</translation>
    </message>
    <message>
        <source>Schema version: %1 (this Ebb writes %2)</source>
        <translation>Schemaversion: %1 (dieses Ebb schreibt %2)</translation>
    </message>
    <message>
        <source>Check-ins: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source> (%1 to %2)</source>
        <translation> (%1 bis %2)</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Unversehrtheit: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>PROBLEMS</source>
        <translation>PROBLEME</translation>
    </message>
    <message>
        <source>the journal has %1 integrity problem(s); it was not changed. Restore a backup or keep a copy of the file before trying anything else.</source>
        <translation>das Tagebuch hat %1 Problem(e) mit seiner Unversehrtheit; es wurde nicht verändert. Stell eine Sicherung wieder her oder bewahre eine Kopie der Datei auf, bevor du irgendetwas anderes versuchst.</translation>
    </message>
    <message>
        <source>Search index: ok</source>
        <translation>Suchverzeichnis: in Ordnung</translation>
    </message>
    <message>
        <source>Search index: DAMAGED</source>
        <translation>Suchverzeichnis: BESCHÄDIGT</translation>
    </message>
    <message>
        <source>the search index is damaged, so saving would fail. It is made from your notes: &apos;ebb-cli check --repair&apos; rebuilds it, and so does Ebb when it next starts. Nothing you wrote is affected.</source>
        <translation>das Suchverzeichnis ist beschädigt, daher würde das Speichern scheitern. Es entsteht aus deinen Notizen: &apos;ebb-cli check --repair&apos; baut es neu auf, und Ebb tut das bei seinem nächsten Start ebenfalls. Nichts, was du geschrieben hast, ist betroffen.</translation>
    </message>
    <message>
        <source>Search index: rebuilt from your notes</source>
        <translation>Suchverzeichnis: aus deinen Notizen neu aufgebaut</translation>
    </message>
    <message>
        <source>Try &apos;ebb-cli --help&apos;.</source>
        <translation>Mehr dazu: &apos;ebb-cli --help&apos;.</translation>
    </message>
    <message>
        <source>The journal file.</source>
        <translation>Die Tagebuchdatei.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>Die Datei, die gelesen wird.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>The journal %1 is encrypted: give its passphrase with --passphrase-fd N, in the EBB_PASSPHRASE environment variable, or on a terminal when asked.</source>
        <translation>Das Tagebuch %1 ist verschlüsselt: Gib seine Passphrase mit --passphrase-fd N an, in der Umgebungsvariablen EBB_PASSPHRASE oder, wenn du gefragt wirst, im Terminal.</translation>
    </message>
    <message>
        <source>give a new passphrase of at least 8 characters: with --new-passphrase-fd N, in EBB_NEW_PASSPHRASE, or on a terminal when asked</source>
        <translation>gib eine neue Passphrase mit mindestens 8 Zeichen an: mit --new-passphrase-fd N, in EBB_NEW_PASSPHRASE oder, wenn du gefragt wirst, im Terminal</translation>
    </message>
    <message>
        <source>Encrypts the journal with a new passphrase (--new-passphrase-fd N, EBB_NEW_PASSPHRASE, or asked on the terminal). There is no way back into the journal without it. Copies beside it are encrypted too, or deleted when unfinished.</source>
        <translation>Verschlüsselt das Tagebuch mit einer neuen Passphrase (--new-passphrase-fd N, EBB_NEW_PASSPHRASE oder im Terminal abgefragt). Ohne sie gibt es keinen Weg zurück ins Tagebuch. Kopien daneben werden ebenfalls verschlüsselt oder, wenn sie unfertig sind, gelöscht.</translation>
    </message>
    <message>
        <source>Encrypted %1. Keep the passphrase safe: without it the journal cannot be opened, by you or anyone.</source>
        <translation>%1 ist verschlüsselt. Bewahre die Passphrase sicher auf: Ohne sie lässt sich das Tagebuch nicht öffnen, weder von dir noch von sonst jemandem.</translation>
    </message>
    <message>
        <source>Turns the encrypted journal back into a plain one (passphrase in EBB_PASSPHRASE).</source>
        <translation>Macht aus dem verschlüsselten Tagebuch wieder ein unverschlüsseltes (Passphrase in EBB_PASSPHRASE).</translation>
    </message>
    <message>
        <source>The journal %1 is not encrypted.</source>
        <translation>Das Tagebuch %1 ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Decrypted %1; it is a plain file again.</source>
        <translation>%1 ist entschlüsselt; es ist wieder eine normale Datei.</translation>
    </message>
    <message>
        <source>Changes the passphrase (the current one as for every command, the new one with --new-passphrase-fd N, EBB_NEW_PASSPHRASE or asked on the terminal). The journal and its backups are re-sealed, each replaced in one step.</source>
        <translation>Ändert die Passphrase (die aktuelle wie bei jedem Befehl, die neue mit --new-passphrase-fd N, EBB_NEW_PASSPHRASE oder im Terminal abgefragt). Das Tagebuch und seine Sicherungen werden neu verschlüsselt, jede Datei in einem Schritt ersetzt.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is changed</source>
        <translation>Die Passphrase von %1 ist geändert</translation>
    </message>
    <message>
        <source>, and that of its %1 backup(s) and copies beside it</source>
        <translation>, ebenso die seiner %1 Sicherung(en) und der Kopien daneben</translation>
    </message>
    <message>
        <source>These older copies were made before an earlier change and still open with that passphrase; delete them if you no longer want them:</source>
        <translation>Diese älteren Kopien entstanden vor einer früheren Änderung und öffnen sich weiterhin mit jener Passphrase; lösche sie, wenn du sie nicht mehr möchtest:</translation>
    </message>
    <message>
        <source>csv, md, json (everything) or pdf.</source>
        <translation>csv, md, json (alles) oder pdf.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Erster Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation>Letzter Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Output file (&apos;-&apos; or absent: stdout).</source>
        <translation>Ausgabedatei (&apos;-&apos; oder weggelassen: stdout).</translation>
    </message>
    <message>
        <source>Report sections, comma-separated: overview,selfcheck,topics,flags,reflections,boundaries,notes (default: all).</source>
        <translation>Abschnitte des Berichts, durch Kommas getrennt: overview,selfcheck,topics,flags,reflections,boundaries,notes (Standard: alle).</translation>
    </message>
    <message>
        <source>Notes in a report: none (default), shared, or all.</source>
        <translation>Notizen in einem Bericht: none (Standard), shared oder all.</translation>
    </message>
    <message>
        <source>The name in the report&apos;s header.</source>
        <translation>Der Name im Kopf des Berichts.</translation>
    </message>
    <message>
        <source>PDF page size: a4 (default) or letter.</source>
        <translation>PDF-Seitengröße: a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>Your question or concern for the session, first on the report&apos;s first page.</source>
        <translation>Deine Frage oder dein Anliegen für die Sitzung, ganz oben auf der ersten Seite des Berichts.</translation>
    </message>
    <message>
        <source>Exports the journal: interchange CSV, a report for a therapist (Markdown or PDF), or a full JSON backup.</source>
        <translation>Exportiert das Tagebuch: als CSV im Austauschformat, als Bericht für die Therapie (Markdown oder PDF) oder als vollständige JSON-Sicherung.</translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos; (csv, md, json or pdf)</source>
        <translation>unbekanntes Exportformat „%1“ (csv, md, json oder pdf)</translation>
    </message>
    <message>
        <source>--from and --to take a date as YYYY-MM-DD</source>
        <translation>--from und --to erwarten ein Datum als YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2)</source>
        <translation>--from (%1) liegt nach --to (%2)</translation>
    </message>
    <message>
        <source>--question is %1 characters long; at most %2 fit on the first page</source>
        <translation>--question ist %1 Zeichen lang; auf die erste Seite passen höchstens %2</translation>
    </message>
    <message>
        <source>--sections takes overview, selfcheck, topics, flags, reflections, boundaries, notes</source>
        <translation>--sections nimmt overview, selfcheck, topics, flags, reflections, boundaries, notes</translation>
    </message>
    <message>
        <source>--include-notes takes none, shared or all</source>
        <translation>--include-notes nimmt none, shared oder all</translation>
    </message>
    <message>
        <source>--page takes a4 or letter</source>
        <translation>--page nimmt a4 oder letter</translation>
    </message>
    <message>
        <source>This journal was last opened by an older Ebb. Open it once in Ebb to update it, then export the report; nothing was changed.</source>
        <translation>Dieses Tagebuch wurde zuletzt von einem älteren Ebb geöffnet. Öffne es einmal in Ebb, um es zu aktualisieren, und exportiere dann den Bericht; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Note: the journal is encrypted, but this exported file is not.</source>
        <translation>Hinweis: Das Tagebuch ist verschlüsselt, diese exportierte Datei aber nicht.</translation>
    </message>
    <message>
        <source>Daylio export</source>
        <translation>Daylio-Export</translation>
    </message>
    <message>
        <source>Ebb CSV</source>
        <translation>Ebb-CSV</translation>
    </message>
    <message>
        <source>%1 row</source>
        <translation>%1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 day(s).</source>
        <translation>%1 Tag(e).</translation>
    </message>
    <message>
        <source>New days: %1, changed: %2, unchanged: %3, rejected rows: %4.</source>
        <translation>Neue Tage: %1, geändert: %2, unverändert: %3, abgelehnte Zeilen: %4.</translation>
    </message>
    <message>
        <source>New tags: %1</source>
        <translation>Neue Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Boundary counts kept as %1 retired boundaries named &quot;Imported boundary N&quot;.</source>
        <translation>Die Anzahlen der Grenzen bleiben als %1 Grenzen im Ruhestand erhalten, benannt „Imported boundary N“.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>ebb (Ebb&apos;s CSV) or daylio (Daylio&apos;s CSV export); default: recognised from the header.</source>
        <translation>ebb (Ebbs CSV) oder daylio (Daylios CSV-Export); Standard: an der Kopfzeile erkannt.</translation>
    </message>
    <message>
        <source>Places Daylio moods on Ebb&apos;s 0-10 scale, e.g. &apos;super=9,ok=5&apos; (the defaults are rad=9,good=7,meh=5,bad=3,awful=1).</source>
        <translation>Ordnet Daylio-Stimmungen auf Ebbs Skala von 0-10 ein, z. B. &apos;super=9,ok=5&apos; (die Vorgaben sind rad=9,good=7,meh=5,bad=3,awful=1).</translation>
    </message>
    <message>
        <source>Show what would change and write nothing.</source>
        <translation>Zeigen, was sich ändern würde, und nichts schreiben.</translation>
    </message>
    <message>
        <source>Imports a file into the journal, all or nothing. Re-importing the same file changes nothing. A backup is taken before anything changes.</source>
        <translation>Importiert eine Datei ins Tagebuch, ganz oder gar nicht. Dieselbe Datei noch einmal zu importieren ändert nichts. Bevor sich etwas ändert, wird eine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>Nothing was imported: Ebb does not know the mood(s) %1. Place them on the 0-10 mood scale with --mood-map &apos;%2&apos; (your own numbers).</source>
        <translation>Es wurde nichts importiert: Ebb kennt die Stimmung(en) %1 nicht. Ordne sie mit --mood-map &apos;%2&apos; auf der Stimmungsskala von 0-10 ein (mit deinen eigenen Zahlen).</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 row(s) could not be read (listed above). Correct them and import again.</source>
        <translation>Es wurde nichts importiert: %1 Zeile(n) konnten nicht gelesen werden (oben aufgeführt). Korrigiere sie und importiere noch einmal.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing to change: the journal already holds this file.</source>
        <translation>Nichts zu ändern: Das Tagebuch enthält diese Datei schon.</translation>
    </message>
    <message>
        <source>Imported %1 day(s) into %2.</source>
        <translation>%1 Tag(e) in %2 importiert.</translation>
    </message>
    <message>
        <source>Usage: ebb-cli COMMAND [OPTIONS]
Headless commands for Ebb, a calm journal for burnout recovery.

Commands:
  analyze  Show the pacing flags as of a day, or for every day (--history).
  backup   Take a backup of the journal now (--list shows the backups).
  check    Check a journal&apos;s integrity and schema version (writes nothing).
  decrypt  Turn an encrypted journal back into a plain one.
  encrypt  Encrypt the journal with a passphrase (there is no recovery without it).
  export   Export: interchange CSV, a report (Markdown or PDF), or a full JSON backup.
  import   Import an Ebb CSV or a Daylio export, all or nothing (--dry-run previews).
  passphrase  Change an encrypted journal&apos;s passphrase.
  review   Print a week&apos;s summary and saved reflection (--week YYYY-Www).
  selfcheck  Add a monthly burnout self-check (add) or list them (list).
  sync     Sync with your other computers through a folder (setup, status, stop).

Every command takes --database PATH (default: $EBB_DATABASE, else the app&apos;s journal).
An encrypted journal&apos;s passphrase is read from $EBB_PASSPHRASE (a new one from
$EBB_NEW_PASSPHRASE).
&apos;ebb-cli COMMAND --help&apos; describes one command.
Exit codes: 0 ok, 1 failure (reason on stderr), 2 bad usage.
</source>
        <translation>Aufruf: ebb-cli COMMAND [OPTIONS]
Befehle ohne Oberfläche für Ebb, ein ruhiges Tagebuch für die Erholung von Burnout.

Befehle:
  analyze  Die Belastungshinweise zu einem Tag zeigen, oder für jeden Tag (--history).
  backup   Jetzt eine Sicherung des Tagebuchs anlegen (--list zeigt die Sicherungen).
  check    Unversehrtheit und Schemaversion eines Tagebuchs prüfen (schreibt nichts).
  decrypt  Ein verschlüsseltes Tagebuch wieder unverschlüsselt machen.
  encrypt  Das Tagebuch mit einer Passphrase verschlüsseln (ohne sie kein Weg zurück).
  export   Exportieren: Austausch-CSV, Bericht (Markdown oder PDF) oder volle JSON-Sicherung.
  import   Ebb-CSV oder Daylio-Export importieren, ganz oder gar nicht (--dry-run: Vorschau).
  passphrase  Die Passphrase eines verschlüsselten Tagebuchs ändern.
  review   Zusammenfassung und gespeicherten Rückblick einer Woche ausgeben (--week YYYY-Www).
  selfcheck  Einen monatlichen Burnout-Selbsttest hinzufügen (add) oder auflisten (list).
  sync     Über einen Ordner mit deinen anderen Computern abgleichen (setup, status, stop).

Jeder Befehl nimmt --database PATH (Standard: $EBB_DATABASE, sonst das Tagebuch der App).
Die Passphrase eines verschlüsselten Tagebuchs kommt aus $EBB_PASSPHRASE (eine neue aus
$EBB_NEW_PASSPHRASE).
&apos;ebb-cli COMMAND --help&apos; beschreibt einen Befehl.
Exit-Codes: 0 in Ordnung, 1 Fehlschlag (Grund auf stderr), 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>--%1 needs the number of an open file descriptor (it was &apos;%2&apos;)</source>
        <translation>--%1 braucht die Nummer eines offenen Dateideskriptors (angegeben war „%2“)</translation>
    </message>
    <message>
        <source>Read the journal&apos;s passphrase from this file descriptor (one line), e.g. 3 with &apos;3&lt; file&apos; or a password manager&apos;s pipe. Otherwise EBB_PASSPHRASE, or a prompt on a terminal.</source>
        <translation>Die Passphrase des Tagebuchs aus diesem Dateideskriptor lesen (eine Zeile), z. B. 3 mit &apos;3&lt; file&apos; oder der Pipe eines Passwortmanagers. Sonst EBB_PASSPHRASE oder eine Abfrage im Terminal.</translation>
    </message>
    <message>
        <source>Read the new passphrase from this file descriptor. Otherwise EBB_NEW_PASSPHRASE, or a prompt (asked twice) on a terminal.</source>
        <translation>Die neue Passphrase aus diesem Dateideskriptor lesen. Sonst EBB_NEW_PASSPHRASE oder eine Abfrage im Terminal (zweimal).</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Sync passphrase (the same on every computer): </source>
        <translation>Abgleich-Passphrase (auf jedem Computer dieselbe): </translation>
    </message>
    <message>
        <source>New passphrase (at least 8 characters): </source>
        <translation>Neue Passphrase (mindestens 8 Zeichen): </translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>Noch einmal dieselbe: </translation>
    </message>
    <message>
        <source>the two passphrases were not the same.</source>
        <translation>die beiden Passphrasen waren nicht gleich.</translation>
    </message>
    <message>
        <source>The ISO week, e.g. 2026-W48 (default: this week).</source>
        <translation>Die ISO-Woche, z. B. 2026-W48 (Standard: diese Woche).</translation>
    </message>
    <message>
        <source>Output format: md or json.</source>
        <translation>Ausgabeformat: md oder json.</translation>
    </message>
    <message>
        <source>Prints a week&apos;s summary and the reflection saved for it.</source>
        <translation>Gibt die Zusammenfassung einer Woche und den dazu gespeicherten Rückblick aus.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (md or json)</source>
        <translation>unbekanntes Format „%1“ (md oder json)</translation>
    </message>
    <message>
        <source>--week takes an ISO week such as 2026-W48 (&apos;%1&apos; is not one)</source>
        <translation>--week erwartet eine ISO-Woche wie 2026-W48 („%1“ ist keine)</translation>
    </message>
    <message>
        <source>This journal was last opened by an older Ebb and has no reviews yet. Open it once in Ebb to update it; nothing was changed.</source>
        <translation>Dieses Tagebuch wurde zuletzt von einem älteren Ebb geöffnet und hat noch keine Wochenrückblicke. Öffne es einmal in Ebb, um es zu aktualisieren; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>--date wants a day as YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date erwartet einen Tag als YYYY-MM-DD, nicht „%1“</translation>
    </message>
    <message>
        <source>--answers is missing: six answers, each 0, 25, 50, 75 or 100, or empty to skip one (e.g. --answers 50,75,,25,50,0)</source>
        <translation>--answers fehlt: sechs Antworten, jede 0, 25, 50, 75 oder 100, oder leer, um eine auszulassen (z. B. --answers 50,75,,25,50,0)</translation>
    </message>
    <message>
        <source>Nothing was stored: %1 is not a day a self-check can look back from (from 1900-01-01 to today).</source>
        <translation>Es wurde nichts gespeichert: %1 ist kein Tag, von dem aus ein Selbsttest zurückblicken kann (vom 1900-01-01 bis heute).</translation>
    </message>
    <message>
        <source>Nothing was stored: </source>
        <translation>Es wurde nichts gespeichert: </translation>
    </message>
    <message>
        <source>Self-check for %1 kept: %2 of 100 (%3 of %4 questions answered).</source>
        <translation>Selbsttest vom %1 gespeichert: %2 von 100 (%3 von %4 Fragen beantwortet).</translation>
    </message>
    <message>
        <source>No self-checks yet.</source>
        <translation>Noch keine Selbsttests.</translation>
    </message>
    <message>
        <source>%1  %2 of 100  (%3 of %4 answered)</source>
        <translation>%1  %2 von 100  (%3 von %4 beantwortet)</translation>
    </message>
    <message>
        <source>50 or more is what studies usually call high. This is a self-check, not a diagnosis.</source>
        <translation>50 oder mehr nennen Studien meist hoch. Das ist ein Selbsttest, keine Diagnose.</translation>
    </message>
    <message>
        <source>The six answers, in this order, are to these questions (Copenhagen Burnout Inventory, personal burnout):
%1
Each answer: %2; leave one empty to skip it.</source>
        <translation>Die sechs Antworten gehören, in dieser Reihenfolge, zu diesen Fragen (Copenhagen Burnout Inventory, persönliches Burnout):
%1
Jede Antwort: %2; lass eine leer, um sie auszulassen.</translation>
    </message>
    <message>
        <source>add: the day of the check (default today).</source>
        <translation>add: der Tag des Tests (Standard: heute).</translation>
    </message>
    <message>
        <source>add: six answers in the questions&apos; order, each 0 (never or almost never), 25 (seldom), 50 (sometimes), 75 (often) or 100 (always); empty skips one. At least three are needed.</source>
        <translation>add: sechs Antworten in der Reihenfolge der Fragen, jede 0 (nie oder fast nie), 25 (selten), 50 (manchmal), 75 (oft) oder 100 (immer); leer lässt eine aus. Mindestens drei sind nötig.</translation>
    </message>
    <message>
        <source>list: text or json.</source>
        <translation>list: text oder json.</translation>
    </message>
    <message>
        <source>The monthly burnout self-check: the personal burnout scale of the Copenhagen Burnout Inventory (Kristensen et al. 2005), six questions scored 0-100.
  selfcheck add --date YYYY-MM-DD --answers A,B,C,D,E,F
  selfcheck list [--format text|json]</source>
        <translation>Der monatliche Burnout-Selbsttest: die Skala „persönliches Burnout“ des Copenhagen Burnout Inventory (Kristensen et al. 2005), sechs Fragen mit einem Wert von 0-100.
  selfcheck add --date YYYY-MM-DD --answers A,B,C,D,E,F
  selfcheck list [--format text|json]</translation>
    </message>
    <message>
        <source>Add a self-check, or list them.</source>
        <translation>Einen Selbsttest hinzufügen oder sie auflisten.</translation>
    </message>
    <message>
        <source>--format belongs to &apos;selfcheck list&apos;</source>
        <translation>--format gehört zu &apos;selfcheck list&apos;</translation>
    </message>
    <message>
        <source>--date and --answers belong to &apos;selfcheck add&apos;</source>
        <translation>--date und --answers gehören zu &apos;selfcheck add&apos;</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (add or list)</source>
        <translation>unbekannte Aktion „%1“ (add oder list)</translation>
    </message>
    <message>
        <source>--folder is missing: the folder your sync program (Syncthing, Nextcloud…) keeps the same on every computer</source>
        <translation>--folder fehlt: der Ordner, den dein Abgleichprogramm (Syncthing, Nextcloud…) auf jedem Computer gleich hält</translation>
    </message>
    <message>
        <source>give the sync passphrase (at least %1 characters, the same on every computer): with --passphrase-fd N, in EBB_SYNC_PASSPHRASE, or on a terminal when asked</source>
        <translation>gib die Abgleich-Passphrase an (mindestens %1 Zeichen, auf jedem Computer dieselbe): mit --passphrase-fd N, in EBB_SYNC_PASSPHRASE oder, wenn du gefragt wirst, im Terminal</translation>
    </message>
    <message>
        <source>Made %1 a sync folder. On your other computer, run &apos;ebb-cli sync setup --folder&apos; with its copy of this folder and the same passphrase.</source>
        <translation>%1 ist jetzt ein Abgleichordner. Führe auf deinem anderen Computer &apos;ebb-cli sync setup --folder&apos; mit dessen Kopie dieses Ordners und derselben Passphrase aus.</translation>
    </message>
    <message>
        <source>Joined the sync folder %1.</source>
        <translation>Dem Abgleichordner %1 beigetreten.</translation>
    </message>
    <message>
        <source>This journal does not sync. Set it up with: ebb-cli sync setup --folder DIR</source>
        <translation>Dieses Tagebuch wird nicht abgeglichen. Richte den Abgleich ein mit: ebb-cli sync setup --folder DIR</translation>
    </message>
    <message>
        <source>Syncs through %1</source>
        <translation>Abgleich über %1</translation>
    </message>
    <message>
        <source>This computer&apos;s id in the folder: %1</source>
        <translation>Die Kennung dieses Computers im Ordner: %1</translation>
    </message>
    <message>
        <source>Computers in the folder (id, last wrote there):</source>
        <translation>Computer im Ordner (Kennung, zuletzt dort geschrieben):</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>  “%1”</source>
        <translation>  „%1“</translation>
    </message>
    <message>
        <source>  (this computer)</source>
        <translation>  (dieser Computer)</translation>
    </message>
    <message>
        <source>give the new sync passphrase (at least %1 characters): with --new-passphrase-fd N, in EBB_NEW_PASSPHRASE, or twice on a terminal when asked</source>
        <translation>gib die neue Abgleich-Passphrase an (mindestens %1 Zeichen): mit --new-passphrase-fd N, in EBB_NEW_PASSPHRASE oder, wenn du gefragt wirst, zweimal im Terminal</translation>
    </message>
    <message>
        <source>The sync passphrase is changed, and the folder has a new key: the old passphrase opens nothing written from now on. Your other computers ask for the new passphrase once (ebb-cli sync setup --folder with the same folder), and go on where they were.</source>
        <translation>Die Abgleich-Passphrase ist geändert, und der Ordner hat einen neuen Schlüssel: Die alte Passphrase öffnet nichts, was ab jetzt geschrieben wird. Deine anderen Computer fragen einmal nach der neuen Passphrase (ebb-cli sync setup --folder mit demselben Ordner) und machen dann weiter, wo sie waren.</translation>
    </message>
    <message>
        <source>say which computer to forget: ebb-cli sync forget ID (sync status lists the ids)</source>
        <translation>sag, welcher Computer vergessen werden soll: ebb-cli sync forget ID (sync status listet die Kennungen auf)</translation>
    </message>
    <message>
        <source>Forgot the computer %1: the folder no longer waits for it. Your other computers forget it too at their next sync. If it ever syncs again, it catches up.</source>
        <translation>Der Computer %1 ist vergessen: Der Ordner wartet nicht mehr auf ihn. Deine anderen Computer vergessen ihn bei ihrem nächsten Abgleich ebenfalls. Gleicht er doch wieder ab, holt er alles nach.</translation>
    </message>
    <message>
        <source>This journal no longer syncs. The folder and everything in the journal stay as they are.</source>
        <translation>Dieses Tagebuch wird nicht mehr abgeglichen. Der Ordner und alles im Tagebuch bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>setup: the folder a sync program keeps the same on every computer.</source>
        <translation>setup: der Ordner, den ein Abgleichprogramm auf jedem Computer gleich hält.</translation>
    </message>
    <message>
        <source>Syncs the journal with your other computers through a folder that a sync program (Syncthing, Nextcloud, any synced folder) keeps the same on each. Everything in it is encrypted with the sync passphrase.
  sync setup --folder DIR [--passphrase-fd N]   first computer: make the folder&apos;s key; others: join with the same passphrase
  sync                                         one exchange: send this computer&apos;s changes, take in the others&apos;
  sync status                                  where, when last, how many computers
  sync stop                                    stop syncing this journal
  sync forget ID                               forget a computer given up for good, so the folder stops waiting for it
  sync passphrase [--new-passphrase-fd N]      change the sync passphrase: the folder gets a new key</source>
        <translation>Gleicht das Tagebuch mit deinen anderen Computern ab, über einen Ordner, den ein Abgleichprogramm (Syncthing, Nextcloud, jeder abgeglichene Ordner) auf jedem gleich hält. Alles darin ist mit der Abgleich-Passphrase verschlüsselt.
  sync setup --folder DIR [--passphrase-fd N]   erster Computer: den Schlüssel des Ordners erzeugen; weitere: mit derselben Passphrase beitreten
  sync                                         ein Austausch: die Änderungen dieses Computers senden, die der anderen übernehmen
  sync status                                  wo, wann zuletzt, wie viele Computer
  sync stop                                    den Abgleich dieses Tagebuchs beenden
  sync forget ID                               einen endgültig aufgegebenen Computer vergessen, damit der Ordner nicht mehr auf ihn wartet
  sync passphrase [--new-passphrase-fd N]      die Abgleich-Passphrase ändern: Der Ordner bekommt einen neuen Schlüssel</translation>
    </message>
    <message>
        <source>What to do (nothing: sync now).</source>
        <translation>Was zu tun ist (nichts: jetzt abgleichen).</translation>
    </message>
    <message>
        <source>--folder belongs to &apos;sync setup&apos;</source>
        <translation>--folder gehört zu &apos;sync setup&apos;</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (setup, status, stop, forget or passphrase)</source>
        <translation>unbekannte Aktion „%1“ (setup, status, stop, forget oder passphrase)</translation>
    </message>
</context>
</TS>
