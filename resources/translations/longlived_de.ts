<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BatchCommand</name>
    <message>
        <source>Exchange many tokens from JSON Lines or CSV; JSON Lines out.</source>
        <translation>Viele Token aus JSON Lines oder CSV tauschen; Ausgabe als JSON Lines.</translation>
    </message>
    <message>
        <source>Read the items from FILE (- = stdin). Required.</source>
        <translation>Die Einträge aus FILE lesen (- = stdin). Erforderlich.</translation>
    </message>
    <message>
        <source>Write the records to FILE (created with mode 0600; - = stdout, the default).</source>
        <translation>Die Datensätze nach FILE schreiben (mit Modus 0600 angelegt; - = stdout, die Vorgabe).</translation>
    </message>
    <message>
        <source>jsonl or csv. Default: csv for *.csv files, else jsonl.</source>
        <translation>jsonl oder csv. Vorgabe: csv für *.csv-Dateien, sonst jsonl.</translation>
    </message>
    <message>
        <source>Refresh long-lived Threads/Instagram tokens instead of exchanging short-lived ones (no App Secret needed).</source>
        <translation>Langlebige Threads-/Instagram-Token erneuern, statt kurzlebige zu tauschen (kein App-Geheimnis nötig).</translation>
    </message>
    <message>
        <source>Give every line a record, even after a failure (exit 1 if any failed). Default: stop at the first failure.</source>
        <translation>Jeder Zeile einen Datensatz geben, auch nach einem Fehlschlag (Exit-Status 1, wenn einer fehlschlug). Vorgabe: beim ersten Fehlschlag aufhören.</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 4, at most 16; at most 6 to one host).</source>
        <translation>Gleichzeitig laufende Anfragen (Vorgabe 4, höchstens 16; höchstens 6 an einen Host).</translation>
    </message>
    <message>
        <source>No progress line on a terminal&apos;s stderr.</source>
        <translation>Keine Fortschrittszeile auf dem stderr eines Terminals.</translation>
    </message>
    <message>
        <source>The Facebook App ID for lines without &quot;app_id&quot;.</source>
        <translation>Die Facebook-App-ID für Zeilen ohne „app_id“.</translation>
    </message>
    <message>
        <source>Read the App Secret for lines without &quot;app_secret&quot; from PATH (- = stdin). Default: $LONGLIVED_APP_SECRET; never prompted for.</source>
        <translation>Das App-Geheimnis für Zeilen ohne „app_secret“ aus PATH lesen (- = stdin). Vorgabe: $LONGLIVED_APP_SECRET; es wird nie danach gefragt.</translation>
    </message>
    <message>
        <source>Accepted for symmetry: records are always JSON.</source>
        <translation>Aus Symmetriegründen akzeptiert: Datensätze sind immer JSON.</translation>
    </message>
    <message>
        <source>Input, one item per line (blank lines are skipped):
  JSON Lines: {&quot;token&quot;:&quot;…&quot;,&quot;platform&quot;:&quot;…&quot;,&quot;app_id&quot;:&quot;…&quot;,&quot;app_secret&quot;:&quot;…&quot;,&quot;id&quot;:…}
  CSV:        a header row naming the columns token, platform, app_id, app_secret, id
Only token is required; a missing app_secret/app_id/platform falls back to the options
(--app-secret-file, $LONGLIVED_APP_SECRET, --app-id, --platform), then to the token&apos;s prefix.
With --refresh each line&apos;s long-lived Threads/Instagram token is refreshed instead.
Output: JSON Lines, one record per input line, in input order:
  {&quot;line&quot;:N,&quot;id&quot;:…,&quot;ok&quot;:true,&quot;platform&quot;:…,&quot;access_token&quot;:…,&quot;token_type&quot;:…,
   &quot;expires_in&quot;:…,&quot;expires_at&quot;:…,&quot;attempts&quot;:K}
  {&quot;line&quot;:N,&quot;id&quot;:…,&quot;ok&quot;:false,&quot;platform&quot;:…,&quot;error&quot;:{…},&quot;attempts&quot;:K}
Transient failures (rate limits, 5xx, resets, timeouts) are tried up to 3 times with
backoff, honouring Retry-After (up to 60 s); other errors are not retried.
On Ctrl-C the records written are always a prefix of the input&apos;s order: resume after the
last record&apos;s line.
</source>
        <translation>Eingabe, ein Eintrag pro Zeile (leere Zeilen werden übersprungen):
  JSON Lines: {&quot;token&quot;:&quot;…&quot;,&quot;platform&quot;:&quot;…&quot;,&quot;app_id&quot;:&quot;…&quot;,&quot;app_secret&quot;:&quot;…&quot;,&quot;id&quot;:…}
  CSV:        eine Kopfzeile mit den Spalten token, platform, app_id, app_secret, id
Nur token ist erforderlich; fehlen app_secret/app_id/platform, gelten die Optionen
(--app-secret-file, $LONGLIVED_APP_SECRET, --app-id, --platform), dann das Präfix des Tokens.
Mit --refresh wird stattdessen das langlebige Threads-/Instagram-Token jeder Zeile erneuert.
Ausgabe: JSON Lines, ein Datensatz pro Eingabezeile, in der Reihenfolge der Eingabe:
  {&quot;line&quot;:N,&quot;id&quot;:…,&quot;ok&quot;:true,&quot;platform&quot;:…,&quot;access_token&quot;:…,&quot;token_type&quot;:…,
   &quot;expires_in&quot;:…,&quot;expires_at&quot;:…,&quot;attempts&quot;:K}
  {&quot;line&quot;:N,&quot;id&quot;:…,&quot;ok&quot;:false,&quot;platform&quot;:…,&quot;error&quot;:{…},&quot;attempts&quot;:K}
Vorübergehende Fehler (Anfragelimits, 5xx, Verbindungsabbrüche, Zeitüberschreitungen) werden bis zu
3-mal mit Wartezeit versucht, unter Beachtung von Retry-After (bis 60 s); andere Fehler nicht.
Nach Strg+C sind die geschriebenen Datensätze immer ein Anfang der Eingabereihenfolge: Machen Sie
nach der Zeile des letzten Datensatzes weiter.
</translation>
    </message>
    <message>
        <source>Only one of --input and --app-secret-file can read stdin.</source>
        <translation>Nur eine von --input und --app-secret-file kann stdin lesen.</translation>
    </message>
    <message>
        <source>batch needs --input FILE (or --input - for stdin).</source>
        <translation>batch braucht --input FILE (oder --input - für stdin).</translation>
    </message>
    <message>
        <source>--input needs a path (or - for stdin).</source>
        <translation>--input braucht einen Pfad (oder - für stdin).</translation>
    </message>
    <message>
        <source>--input-format must be jsonl or csv.</source>
        <translation>--input-format muss jsonl oder csv sein.</translation>
    </message>
    <message>
        <source>--concurrency takes a whole number from 1 to %1.</source>
        <translation>--concurrency nimmt eine ganze Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>--concurrency is capped at %1.</source>
        <translation>--concurrency ist auf %1 begrenzt.</translation>
    </message>
    <message>
        <source>--retry-base-ms takes milliseconds.</source>
        <translation>--retry-base-ms nimmt Millisekunden.</translation>
    </message>
    <message>
        <source>--retry-after-cap-ms takes milliseconds.</source>
        <translation>--retry-after-cap-ms nimmt Millisekunden.</translation>
    </message>
    <message>
        <source>--output must not be the App Secret file.</source>
        <translation>--output darf nicht die Datei mit dem App Secret sein.</translation>
    </message>
</context>
<context>
    <name>BatchInputReader</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a directory.</source>
        <translation>%1 ist ein Verzeichnis.</translation>
    </message>
    <message>
        <source>Could not read the input: %1</source>
        <translation>Die Eingabe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes; no token is that long.</source>
        <translation>Zeile %1 ist länger als %2 Bytes; so lang ist kein Token.</translation>
    </message>
    <message>
        <source>The CSV header (line %1) has no &quot;token&quot; column. Name the columns in the first row: token, platform, app_id, app_secret, id.</source>
        <translation>Die CSV-Kopfzeile (Zeile %1) hat keine Spalte „token“. Benennen Sie die Spalten in der ersten Zeile: token, platform, app_id, app_secret, id.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object (one object per line, e.g. {&quot;token&quot;:&quot;…&quot;}).</source>
        <translation>Zeile %1 ist kein JSON-Objekt (ein Objekt pro Zeile, z. B. {&quot;token&quot;:&quot;…&quot;}).</translation>
    </message>
    <message>
        <source>Line %1 has no &quot;token&quot; (a non-empty string).</source>
        <translation>Zeile %1 hat kein „token“ (eine nicht leere Zeichenkette).</translation>
    </message>
    <message>
        <source>Line %1: platform, app_id and app_secret must be strings.</source>
        <translation>Zeile %1: platform, app_id und app_secret müssen Zeichenketten sein.</translation>
    </message>
    <message>
        <source>Line %1 has a quoted field that is never closed.</source>
        <translation>Zeile %1 hat ein Feld in Anführungszeichen, das nie geschlossen wird.</translation>
    </message>
    <message>
        <source>Line %1 has an empty token column.</source>
        <translation>Zeile %1 hat eine leere Token-Spalte.</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1: platform must be facebook, threads or instagram.</source>
        <translation>Zeile %1: platform muss facebook, threads oder instagram sein.</translation>
    </message>
    <message>
        <source>Line %1: the platform cannot be told from the token&apos;s prefix.</source>
        <translation>Zeile %1: Die Plattform lässt sich am Präfix des Tokens nicht erkennen.</translation>
    </message>
    <message>
        <source>Add &quot;platform&quot; to the line or pass --platform.</source>
        <translation>Ergänzen Sie „platform“ in der Zeile oder geben Sie --platform an.</translation>
    </message>
    <message>
        <source>Line %1: no App Secret.</source>
        <translation>Zeile %1: kein App-Geheimnis.</translation>
    </message>
    <message>
        <source>Add &quot;app_secret&quot; to the line, or give one for all lines with --app-secret-file or LONGLIVED_APP_SECRET.</source>
        <translation>Ergänzen Sie „app_secret“ in der Zeile oder geben Sie eines für alle Zeilen mit --app-secret-file oder LONGLIVED_APP_SECRET an.</translation>
    </message>
    <message>
        <source>Line %1: a Facebook exchange needs the App ID.</source>
        <translation>Zeile %1: Ein Facebook-Tausch braucht die App-ID.</translation>
    </message>
    <message>
        <source>Add &quot;app_id&quot; to the line or pass --app-id.</source>
        <translation>Ergänzen Sie „app_id“ in der Zeile oder geben Sie --app-id an.</translation>
    </message>
    <message>
        <source>More lines failed; see their records.</source>
        <translation>Weitere Zeilen sind fehlgeschlagen; siehe deren Datensätze.</translation>
    </message>
    <message>
        <source>Batch: %1 succeeded, %2 failed, %3 retried, in %4 s.</source>
        <translation>Stapel: %1 erfolgreich, %2 fehlgeschlagen, %3 wiederholt, in %4 s.</translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3/s</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3/s</translation>
    </message>
    <message>
        <source>Line %1: %2 tokens cannot be refreshed.</source>
        <translation>Zeile %1: %2-Token lassen sich nicht erneuern.</translation>
    </message>
    <message>
        <source>Exchange a new short-lived token instead.</source>
        <translation>Tauschen Sie stattdessen ein neues kurzlebiges Token.</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: %n line(s) had their record written; resume after the last record&apos;s line.</source>
        <translation>
            <numerusform>Unterbrochen: Für %n Zeile wurde der Datensatz geschrieben; setzen Sie nach der Zeile des letzten Datensatzes fort.</numerusform>
            <numerusform>Unterbrochen: Für %n Zeilen wurden die Datensätze geschrieben; setzen Sie nach der Zeile des letzten Datensatzes fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: the &quot;id&quot; is longer than %2 bytes.</source>
        <translation>Zeile %1: Die „id“ ist länger als %2 Bytes.</translation>
    </message>
    <message>
        <source>Use a shorter id, e.g. a row number or a key into your own data.</source>
        <translation>Verwenden Sie eine kürzere id, z. B. eine Zeilennummer oder einen Schlüssel in Ihre eigenen Daten.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>Short-lived token (input hidden)</source>
        <translation>Kurzlebiges Token (Eingabe verborgen)</translation>
    </message>
    <message>
        <source>The token could not be read. %1</source>
        <translation>Das Token konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>No token given. Use --token-file PATH (or - for stdin), set LONGLIVED_TOKEN, or run in a terminal to be prompted.</source>
        <translation>Kein Token angegeben. Verwenden Sie --token-file PATH (oder - für stdin), setzen Sie LONGLIVED_TOKEN oder starten Sie im Terminal, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>App Secret (input hidden)</source>
        <translation>App-Geheimnis (Eingabe verborgen)</translation>
    </message>
    <message>
        <source>The App Secret could not be read. %1</source>
        <translation>Das App-Geheimnis konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>No App Secret given. Use --app-secret-file PATH (or - for stdin), set LONGLIVED_APP_SECRET, or run in a terminal to be prompted.</source>
        <translation>Kein App-Geheimnis angegeben. Verwenden Sie --app-secret-file PATH (oder - für stdin), setzen Sie LONGLIVED_APP_SECRET oder starten Sie im Terminal, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>App Secret: %1</source>
        <translation>App-Geheimnis: %1</translation>
    </message>
    <message>
        <source>Warning: the token looks like a %1 token, but --platform %2 was given.</source>
        <translation>Warnung: Das Token sieht nach einem %1-Token aus, aber --platform %2 wurde angegeben.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
</context>
<context>
    <name>CliVault</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>facebook, threads or instagram. Default: detected from the token&apos;s prefix (EAA, TH, IG).</source>
        <translation>facebook, threads oder instagram. Vorgabe: am Präfix des Tokens erkannt (EAA, TH, IG).</translation>
    </message>
    <message>
        <source>Graph API version such as v25.0; &quot;&quot; for unversioned paths.</source>
        <translation>Graph-API-Version wie v25.0; &quot;&quot; für Pfade ohne Version.</translation>
    </message>
    <message>
        <source>Read the App Secret from PATH (- = stdin). Default: $LONGLIVED_APP_SECRET, else a prompt on a terminal.</source>
        <translation>Das App-Geheimnis aus PATH lesen (- = stdin). Vorgabe: $LONGLIVED_APP_SECRET, sonst eine Abfrage im Terminal.</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout.</source>
        <translation>Ein JSON-Objekt auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print nothing on stderr but errors.</source>
        <translation>Auf stderr nur Fehler ausgeben.</translation>
    </message>
    <message>
        <source>Give up on a request after SECONDS (default 30).</source>
        <translation>Eine Anfrage nach SECONDS Sekunden aufgeben (Vorgabe 30).</translation>
    </message>
    <message>
        <source>Secrets are never taken as option values (they would show in `ps` and shell history).
They come from a file (--app-secret-file, --token-file; - = stdin), from the environment
(LONGLIVED_APP_SECRET, LONGLIVED_TOKEN: less safe, other processes of yours can read it;
meant for CI), or from a prompt without echo when stdin is a terminal.
</source>
        <translation>Geheimnisse werden nie als Optionswerte angenommen (sie stünden in `ps` und im Shell-Verlauf).
Sie kommen aus einer Datei (--app-secret-file, --token-file; - = stdin), aus der Umgebung
(LONGLIVED_APP_SECRET, LONGLIVED_TOKEN: weniger sicher, andere Prozesse von Ihnen können sie lesen;
gedacht für CI) oder aus einer Abfrage ohne Echo, wenn stdin ein Terminal ist.
</translation>
    </message>
    <message>
        <source>Exit status:
  0    success
  1    Meta, the network or the keychain said no (API or network error, a failed batch
       item, a token inspect finds invalid, a missing keychain entry)
  2    usage error (unknown option, missing input, bad value)
  130  interrupted (Ctrl-C); 143 on SIGTERM
</source>
        <translation>Exit-Status:
  0    Erfolg
  1    Meta, das Netzwerk oder der Schlüsselbund hat abgelehnt (API- oder Netzwerkfehler, ein
       fehlgeschlagener Stapeleintrag, ein Token, das inspect ungültig findet, ein fehlender
       Schlüsselbundeintrag)
  2    Aufruffehler (unbekannte Option, fehlende Eingabe, falscher Wert)
  130  unterbrochen (Strg+C); 143 bei SIGTERM
</translation>
    </message>
    <message>
        <source>Usage: longlived-cli %1 %2</source>
        <translation>Aufruf: longlived-cli %1 %2</translation>
    </message>
    <message>
        <source>Only one of --token-file and --app-secret-file can read stdin.</source>
        <translation>Nur eine von --token-file und --app-secret-file kann stdin lesen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no arguments. Tokens and secrets are read from files, the environment or a prompt, never from the command line.</source>
        <translation>„%1“ nimmt keine Argumente. Token und Geheimnisse werden aus Dateien, der Umgebung oder einer Abfrage gelesen, nie aus der Befehlszeile.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--timeout nimmt eine Anzahl Sekunden von 1 bis 3600.</translation>
    </message>
    <message>
        <source>--platform must be facebook, threads or instagram.</source>
        <translation>--platform muss facebook, threads oder instagram sein.</translation>
    </message>
    <message>
        <source>--app-id: %1</source>
        <translation>--app-id: %1</translation>
    </message>
    <message>
        <source>--api-version: %1</source>
        <translation>--api-version: %1</translation>
    </message>
    <message>
        <source>--app-secret-file needs a path (or - for stdin).</source>
        <translation>--app-secret-file braucht einen Pfad (oder - für stdin).</translation>
    </message>
    <message>
        <source>--token-file needs a path (or - for stdin).</source>
        <translation>--token-file braucht einen Pfad (oder - für stdin).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 is not accepted: a token on the command line shows in `ps` and in your shell history.
Use --token-file PATH (or --token-file - to read it from stdin), set LONGLIVED_TOKEN, or run in a terminal to be prompted.</source>
        <translation>%1 wird nicht akzeptiert: Ein Token in der Befehlszeile erscheint in `ps` und in Ihrem Shell-Verlauf.
Verwenden Sie --token-file PATH (oder --token-file -, um es von stdin zu lesen), setzen Sie LONGLIVED_TOKEN oder starten Sie im Terminal, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>%1 is not accepted: a secret on the command line shows in `ps` and in your shell history.
Use --app-secret-file PATH (or --app-secret-file - to read it from stdin), set LONGLIVED_APP_SECRET, or run in a terminal to be prompted.</source>
        <translation>%1 wird nicht akzeptiert: Ein Geheimnis in der Befehlszeile erscheint in `ps` und in Ihrem Shell-Verlauf.
Verwenden Sie --app-secret-file PATH (oder --app-secret-file -, um es von stdin zu lesen), setzen Sie LONGLIVED_APP_SECRET oder starten Sie im Terminal, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>longlived-cli — exchange Meta short-lived access tokens for long-lived ones.

Usage: longlived-cli COMMAND [options]
       longlived-cli COMMAND --help
       longlived-cli --help | --version

Commands:
</source>
        <translation>longlived-cli — kurzlebige Meta-Zugriffstoken gegen langlebige tauschen.

Aufruf: longlived-cli BEFEHL [Optionen]
        longlived-cli BEFEHL --help
        longlived-cli --help | --version

Befehle:
</translation>
    </message>
    <message>
        <source>Documentation: docs/cli.md
</source>
        <translation>Dokumentation: docs/cli.md
</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; before the command.</source>
        <translation>Unbekannte Option „%1“ vor dem Befehl.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command. Commands: %1.</source>
        <translation>Unbekannter Befehl. Befehle: %1.</translation>
    </message>
    <message>
        <source>Environment:
  LONGLIVED_APP_SECRET     the App Secret (see above)
  LONGLIVED_TOKEN          the token (see above)
  LONGLIVED_GRAPH_URL      Facebook Graph base URL (default https://graph.facebook.com)
  LONGLIVED_THREADS_URL    Threads base URL (default https://graph.threads.net)
  LONGLIVED_INSTAGRAM_URL  Instagram base URL (default https://graph.instagram.com)
                           (https only; plain http only to a loopback address: 127.0.0.1, [::1])
  https_proxy, no_proxy    the system&apos;s proxy settings are used
</source>
        <translation>Umgebung:
  LONGLIVED_APP_SECRET     das App-Geheimnis (siehe oben)
  LONGLIVED_TOKEN          das Token (siehe oben)
  LONGLIVED_GRAPH_URL      Basis-URL von Facebook Graph (Vorgabe https://graph.facebook.com)
  LONGLIVED_THREADS_URL    Basis-URL von Threads (Vorgabe https://graph.threads.net)
  LONGLIVED_INSTAGRAM_URL  Basis-URL von Instagram (Vorgabe https://graph.instagram.com)
                           (nur https; einfaches http nur zu einer Loopback-Adresse: 127.0.0.1, [::1])
  https_proxy, no_proxy    die Proxy-Einstellungen des Systems werden verwendet
</translation>
    </message>
    <message>
        <source>Run &apos;longlived-cli --help&apos; for usage.</source>
        <translation>Aufruf: &apos;longlived-cli --help&apos; zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>Run &apos;longlived-cli %1 --help&apos; for usage.</source>
        <translation>Aufruf: &apos;longlived-cli %1 --help&apos; zeigt die Verwendung.</translation>
    </message>
</context>
<context>
    <name>DeliverCommand</name>
    <message>
        <source>Deliver a saved token to n8n, a file or a command: add, list, remove targets, or run them now.</source>
        <translation>Ein gespeichertes Token an n8n, eine Datei oder einen Befehl liefern: Ziele hinzufügen, auflisten, entfernen oder jetzt beliefern.</translation>
    </message>
    <message>
        <source>add: update an n8n credential at this n8n address (https://; http:// only to a loopback address).</source>
        <translation>add: ein n8n-Credential unter dieser n8n-Adresse aktualisieren (https://; http:// nur zu einer Loopback-Adresse).</translation>
    </message>
    <message>
        <source>with --n8n: the credential&apos;s id (the end of its address in n8n).</source>
        <translation>mit --n8n: die ID des Credentials (das Ende seiner Adresse in n8n).</translation>
    </message>
    <message>
        <source>with --n8n: read the n8n API key from PATH (- = stdin); it is kept in the keychain.</source>
        <translation>mit --n8n: den n8n-API-Schlüssel aus PATH lesen (- = stdin); er wird im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>with --n8n: the credential&apos;s field to set (default accessToken).</source>
        <translation>mit --n8n: das zu setzende Feld des Credentials (Vorgabe accessToken).</translation>
    </message>
    <message>
        <source>add: write the token to this file (atomically, mode 0600).</source>
        <translation>add: das Token in diese Datei schreiben (atomar, Modus 0600).</translation>
    </message>
    <message>
        <source>with --file: token (default) or env:VARIABLE.</source>
        <translation>mit --file: token (Vorgabe) oder env:VARIABLE.</translation>
    </message>
    <message>
        <source>add: run this command (no shell) with the token on its standard input.</source>
        <translation>add: diesen Befehl (ohne Shell) mit dem Token auf seiner Standardeingabe ausführen.</translation>
    </message>
    <message>
        <source>list, add: JSON on stdout; run: one JSON object per target.</source>
        <translation>list, add: JSON auf stdout; run: ein JSON-Objekt pro Ziel.</translation>
    </message>
    <message>
        <source>Actions:
  add NAME …         add a target to the saved profile NAME; its id (e.g. n8n-1) on stdout
  list [NAME]        the targets (all profiles, or NAME&apos;s) with their last result;
                     --json: {&quot;targets&quot;:[{profile, id, kind, …, lastOk, lastResult}]}
  remove NAME TARGET remove a target (and an n8n target&apos;s API key from the keychain)
  run [NAME]…        push the current saved token to every target now (all profiles
                     with targets, or those named); one line per target on stderr, with
                     --json one object per target on stdout; exit 1 if any failed
An n8n target: PATCH {URL}/api/v1/credentials/{ID} with the header X-N8N-API-KEY; the API
key needs the credential:update scope. A file target: &quot;token&quot; writes the token and a
newline, &quot;env:VAR&quot; writes VAR=&lt;token&gt;. A command gets LONGLIVED_PROFILE in its
environment and 30 seconds. Profiles are the desktop app&apos;s (see `keychain list`).
</source>
        <translation>Aktionen:
  add NAME …         dem gespeicherten Profil NAME ein Ziel hinzufügen; seine ID (z. B. n8n-1) auf stdout
  list [NAME]        die Ziele (aller Profile oder von NAME) mit ihrem letzten Ergebnis;
                     --json: {&quot;targets&quot;:[{profile, id, kind, …, lastOk, lastResult}]}
  remove NAME TARGET ein Ziel entfernen (und den API-Schlüssel eines n8n-Ziels aus dem Schlüsselbund)
  run [NAME]…        das aktuell gespeicherte Token jetzt an jedes Ziel liefern (alle Profile
                     mit Zielen oder die genannten); eine Zeile pro Ziel auf stderr, mit
                     --json ein Objekt pro Ziel auf stdout; Exit-Status 1, wenn eines fehlschlug
Ein n8n-Ziel: PATCH {URL}/api/v1/credentials/{ID} mit dem Header X-N8N-API-KEY; der API-Schlüssel
braucht den Scope credential:update. Ein Dateiziel: &quot;token&quot; schreibt das Token und einen
Zeilenumbruch, &quot;env:VAR&quot; schreibt VAR=&lt;token&gt;. Ein Befehl erhält LONGLIVED_PROFILE in seiner
Umgebung und 30 Sekunden. Die Profile sind die der Desktop-App (siehe `keychain list`).
</translation>
    </message>
    <message>
        <source>deliver add needs one profile name (quote it if it has spaces).</source>
        <translation>deliver add braucht einen Profilnamen (in Anführungszeichen, wenn er Leerzeichen enthält).</translation>
    </message>
    <message>
        <source>deliver list takes at most one profile name.</source>
        <translation>deliver list nimmt höchstens einen Profilnamen.</translation>
    </message>
    <message>
        <source>deliver remove needs the profile&apos;s name and the target&apos;s id (see deliver list).</source>
        <translation>deliver remove braucht den Namen des Profils und die ID des Ziels (siehe deliver list).</translation>
    </message>
    <message>
        <source>deliver needs an action: add, list, remove or run.</source>
        <translation>deliver braucht eine Aktion: add, list, remove oder run.</translation>
    </message>
    <message>
        <source>--%1 goes with deliver add.</source>
        <translation>--%1 gehört zu deliver add.</translation>
    </message>
    <message>
        <source>deliver add needs one of --n8n URL, --file PATH or --exec COMMAND.</source>
        <translation>deliver add braucht genau eines von --n8n URL, --file PATH oder --exec BEFEHL.</translation>
    </message>
    <message>
        <source>--%1 goes with --n8n.</source>
        <translation>--%1 gehört zu --n8n.</translation>
    </message>
    <message>
        <source>--format goes with --file.</source>
        <translation>--format gehört zu --file.</translation>
    </message>
    <message>
        <source>--n8n: the address must not contain a user name or password (user:password@). n8n takes the API key from --api-key-file.</source>
        <translation>--n8n: Die Adresse darf keinen Benutzernamen und kein Passwort enthalten (user:password@). n8n erhält den API-Schlüssel aus --api-key-file.</translation>
    </message>
    <message>
        <source>--n8n needs --credential ID (the end of the credential&apos;s address in n8n).</source>
        <translation>--n8n braucht --credential ID (das Ende der Adresse des Credentials in n8n).</translation>
    </message>
    <message>
        <source>--n8n needs --api-key-file PATH (or - for stdin): the n8n API key is never an option&apos;s value.</source>
        <translation>--n8n braucht --api-key-file PATH (oder - für stdin): Der n8n-API-Schlüssel ist nie der Wert einer Option.</translation>
    </message>
    <message>
        <source>--api-key-file needs a path (or - for stdin).</source>
        <translation>--api-key-file braucht einen Pfad (oder - für stdin).</translation>
    </message>
    <message>
        <source>--api-key-file: %1 is not a readable file.</source>
        <translation>--api-key-file: %1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>No saved profile is named &quot;%1&quot; (see longlived-cli keychain list).</source>
        <translation>Kein gespeichertes Profil heißt „%1“ (siehe longlived-cli keychain list).</translation>
    </message>
    <message>
        <source>The n8n API key could not be read. %1</source>
        <translation>Der n8n-API-Schlüssel konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Added %1 to &quot;%2&quot;: %3</source>
        <translation>%1 zu „%2“ hinzugefügt: %3</translation>
    </message>
    <message>
        <source>The n8n API key could not be stored in the keychain; the target was not added.</source>
        <translation>Der n8n-API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden; das Ziel wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>not delivered yet</source>
        <translation>noch nicht geliefert</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>geliefert %1</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>fehlgeschlagen %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no delivery target %2 (see deliver list).</source>
        <translation>„%1“ hat kein Lieferziel %2 (siehe deliver list).</translation>
    </message>
    <message>
        <source>Removed %1 from &quot;%2&quot;.</source>
        <translation>%1 aus „%2“ entfernt.</translation>
    </message>
    <message>
        <source>The n8n API key could not be deleted; the target stays.</source>
        <translation>Der n8n-API-Schlüssel konnte nicht gelöscht werden; das Ziel bleibt.</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>No delivery targets: add one with longlived-cli deliver add.</source>
        <translation>Keine Lieferziele: Fügen Sie eines mit longlived-cli deliver add hinzu.</translation>
    </message>
    <message>
        <source>The saved token of &quot;%1&quot; could not be read; nothing was delivered for it.</source>
        <translation>Das gespeicherte Token von „%1“ konnte nicht gelesen werden; dafür wurde nichts geliefert.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n delivery target(s).</source>
        <translation>
            <numerusform>%n Lieferziel.</numerusform>
            <numerusform>%n Lieferziele.</numerusform>
        </translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <source>Last delivery</source>
        <translation>Letzte Zustellung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Deliver the saved token to the selected target now</source>
        <translation>Das gespeicherte Token jetzt an das ausgewählte Ziel zustellen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected target (and its n8n API key from the keyring)</source>
        <translation>Das ausgewählte Ziel entfernen (und seinen n8n-API-Schlüssel aus dem Schlüsselbund)</translation>
    </message>
    <message>
        <source>Add a target</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>n8n address</source>
        <translation>n8n-Adresse</translation>
    </message>
    <message>
        <source>https://n8n.example.com</source>
        <translation>https://n8n.example.com</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>Credential-ID</translation>
    </message>
    <message>
        <source>The last part of the credential&apos;s address in n8n&apos;s editor</source>
        <translation>Der letzte Teil der Adresse des Credentials im n8n-Editor</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>accessToken</source>
        <translation>accessToken</translation>
    </message>
    <message>
        <source>The credential&apos;s field that holds the token: accessToken for n8n&apos;s Facebook Graph API credential</source>
        <translation>Das Feld des Credentials, das das Token enthält: accessToken beim Credential „Facebook Graph API“ von n8n</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>An n8n API key with the credential:update scope; it is kept in the keyring and never shown again</source>
        <translation>Ein n8n-API-Schlüssel mit dem Scope credential:update; er wird im Schlüsselbund aufbewahrt und nie wieder angezeigt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the file the token is written to</source>
        <translation>Die Datei auswählen, in die das Token geschrieben wird</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>ACCESS_TOKEN</source>
        <translation>ACCESS_TOKEN</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Run without a shell, with the token on its standard input</source>
        <translation>Ohne Shell ausgeführt, mit dem Token auf der Standardeingabe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add this target to the profile</source>
        <translation>Dieses Ziel zum Profil hinzufügen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop what is running</source>
        <translation>Beenden, was gerade läuft</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Delivery of “%1”</source>
        <translation>Zustellung von „%1“</translation>
    </message>
    <message>
        <source>n8n credential</source>
        <translation>n8n-Credential</translation>
    </message>
    <message>
        <source>The token alone</source>
        <translation>Nur das Token</translation>
    </message>
    <message>
        <source>A variable assignment: VARIABLE=token</source>
        <translation>Eine Variablenzuweisung: VARIABLE=Token</translation>
    </message>
    <message>
        <source>File for the token</source>
        <translation>Datei für das Token</translation>
    </message>
    <message>
        <source>Not added: see the marked fields.</source>
        <translation>Nicht hinzugefügt: siehe die markierten Felder.</translation>
    </message>
    <message>
        <source>Not added: LongLived&apos;s settings file could not be written.</source>
        <translation>Nicht hinzugefügt: Die Einstellungsdatei von LongLived konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Added: %1.</source>
        <translation>Hinzugefügt: %1.</translation>
    </message>
    <message>
        <source>Storing the API key in the keyring…</source>
        <translation>Der API-Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Added: %1. Its API key is in the keyring.</source>
        <translation>Hinzugefügt: %1. Sein API-Schlüssel ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Not added: the API key could not be stored in the keyring. %1</source>
        <translation>Nicht hinzugefügt: Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden. %1</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Entfernt: %1.</translation>
    </message>
    <message>
        <source>Not removed: LongLived&apos;s settings file could not be written.</source>
        <translation>Nicht entfernt: Die Einstellungsdatei von LongLived konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Deleting the API key from the keyring…</source>
        <translation>Der API-Schlüssel wird aus dem Schlüsselbund gelöscht…</translation>
    </message>
    <message>
        <source>Removed: %1. Its API key was deleted from the keyring.</source>
        <translation>Entfernt: %1. Sein API-Schlüssel wurde aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <source>Not removed: the API key could not be deleted from the keyring. %1</source>
        <translation>Nicht entfernt: Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelöscht werden. %1</translation>
    </message>
    <message>
        <source>Delivering the saved token to %1…</source>
        <translation>Das gespeicherte Token wird zugestellt an %1…</translation>
    </message>
    <message>
        <source>Not delivered: the saved token could not be read from the keyring. %1</source>
        <translation>Nicht zugestellt: Das gespeicherte Token konnte nicht aus dem Schlüsselbund gelesen werden. %1</translation>
    </message>
    <message>
        <source>Not delivered: the test was canceled.</source>
        <translation>Nicht zugestellt: Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Delivered: %1 has the saved token now.</source>
        <translation>Zugestellt: %1 hat jetzt das gespeicherte Token.</translation>
    </message>
    <message>
        <source>Not delivered: %1</source>
        <translation>Nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Canceled: no longer waiting for the keyring.</source>
        <translation>Abgebrochen: Es wird nicht mehr auf den Schlüsselbund gewartet.</translation>
    </message>
</context>
<context>
    <name>DeliveryResult</name>
    <message>
        <source>Delivered.</source>
        <translation>Zugestellt.</translation>
    </message>
</context>
<context>
    <name>DeliveryRunner</name>
    <message>
        <source>The n8n API key could not be read from the keychain: %1</source>
        <translation>Der n8n-API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryStatusText</name>
    <message>
        <source>n8n</source>
        <translation>n8n</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>%1, credential %2, field %3</source>
        <translation>%1, Credential %2, Feld %3</translation>
    </message>
    <message>
        <source>%1 (the token)</source>
        <translation>%1 (das Token)</translation>
    </message>
    <message>
        <source>%1 (%2=…)</source>
        <translation>%1 (%2=…)</translation>
    </message>
    <message>
        <source>not delivered: %1</source>
        <translation>nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>zugestellt %1</translation>
    </message>
    <message>
        <source>not delivered yet</source>
        <translation>noch nicht zugestellt</translation>
    </message>
    <message>
        <source>delivered to %1</source>
        <translation>zugestellt an %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>an older token, delivered %1</source>
        <translation>ein älteres Token, zugestellt %1</translation>
    </message>
    <message>
        <source>waiting for the next delivery</source>
        <translation>wartet auf die nächste Zustellung</translation>
    </message>
</context>
<context>
    <name>DeliveryTarget</name>
    <message>
        <source>The n8n address is not a valid URL (e.g. https://n8n.example.com).</source>
        <translation>Die n8n-Adresse ist keine gültige URL (z. B. https://n8n.example.com).</translation>
    </message>
    <message>
        <source>The n8n address must be a plain base URL, without user, query or fragment.</source>
        <translation>Die n8n-Adresse muss eine einfache Basis-URL sein, ohne Benutzer, Query oder Fragment.</translation>
    </message>
    <message>
        <source>The n8n address must use https:// (plain http:// only to a loopback address such as 127.0.0.1).</source>
        <translation>Die n8n-Adresse muss https:// verwenden (unverschlüsseltes http:// nur zu einer Loopback-Adresse wie 127.0.0.1).</translation>
    </message>
    <message>
        <source>The credential id may contain only letters, digits, &apos;-&apos; and &apos;_&apos; (it is the last part of the credential&apos;s address in n8n).</source>
        <translation>Die Credential-ID darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten (sie ist der letzte Teil der Adresse des Credentials in n8n).</translation>
    </message>
    <message>
        <source>The field name may contain only letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Der Feldname darf nur Buchstaben, Ziffern, „.“, „-“ und „_“ enthalten.</translation>
    </message>
    <message>
        <source>The file needs an absolute path.</source>
        <translation>Die Datei braucht einen absoluten Pfad.</translation>
    </message>
    <message>
        <source>The file format must be &quot;token&quot; or &quot;env:VARIABLE&quot;.</source>
        <translation>Das Dateiformat muss „token“ oder „env:VARIABLE“ sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid shell variable name (letters, digits and &apos;_&apos;, not starting with a digit).</source>
        <translation>„%1“ ist kein gültiger Shell-Variablenname (Buchstaben, Ziffern und „_“, nicht mit einer Ziffer am Anfang).</translation>
    </message>
    <message>
        <source>The command is empty.</source>
        <translation>Der Befehl ist leer.</translation>
    </message>
    <message>
        <source>n8n %1 credential %2 field %3</source>
        <translation>n8n %1 Credential %2 Feld %3</translation>
    </message>
    <message>
        <source>file %1 (%2)</source>
        <translation>Datei %1 (%2)</translation>
    </message>
    <message>
        <source>exec %1</source>
        <translation>Befehl %1</translation>
    </message>
    <message>
        <source>Enter the n8n API key (in n8n: Settings › n8n API).</source>
        <translation>Geben Sie den n8n-API-Schlüssel ein (in n8n: Settings › n8n API).</translation>
    </message>
    <message>
        <source>The n8n API key contains a line break or another control character; put the key alone on one line.</source>
        <translation>Der n8n-API-Schlüssel enthält einen Zeilenumbruch oder ein anderes Steuerzeichen; der Schlüssel muss allein in einer Zeile stehen.</translation>
    </message>
    <message>
        <source>The n8n API key contains a character that cannot be sent in an HTTP header (n8n&apos;s keys have only ASCII letters, digits and punctuation); copy the key again.</source>
        <translation>Der n8n-API-Schlüssel enthält ein Zeichen, das nicht in einem HTTP-Header gesendet werden kann (die Schlüssel von n8n bestehen nur aus ASCII-Buchstaben, Ziffern und Satzzeichen); kopieren Sie den Schlüssel erneut.</translation>
    </message>
    <message>
        <source>The n8n API key is far too long to be a key; put the key alone on one line.</source>
        <translation>Der n8n-API-Schlüssel ist viel zu lang für einen Schlüssel; der Schlüssel muss allein in einer Zeile stehen.</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>There is no desktop session bus to show notifications on.</source>
        <translation>Es gibt keinen Sitzungsbus der Arbeitsumgebung, um Benachrichtigungen anzuzeigen.</translation>
    </message>
    <message>
        <source>No desktop notification service is running.</source>
        <translation>Es läuft kein Benachrichtigungsdienst der Arbeitsumgebung.</translation>
    </message>
    <message numerus="yes">
        <source>The desktop notification service did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Benachrichtigungsdienst hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Benachrichtigungsdienst hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The desktop notification service did not accept the notification (%1).</source>
        <translation>Der Benachrichtigungsdienst hat die Benachrichtigung nicht angenommen (%1).</translation>
    </message>
</context>
<context>
    <name>ExchangeCommand</name>
    <message>
        <source>Exchange a short-lived token for a long-lived one.</source>
        <translation>Ein kurzlebiges Token gegen ein langlebiges tauschen.</translation>
    </message>
    <message>
        <source>The Facebook App ID (required for Facebook).</source>
        <translation>Die Facebook-App-ID (für Facebook erforderlich).</translation>
    </message>
    <message>
        <source>Read the short-lived token from PATH (- = stdin). Default: $LONGLIVED_TOKEN, else a prompt on a terminal.</source>
        <translation>Das kurzlebige Token aus PATH lesen (- = stdin). Vorgabe: $LONGLIVED_TOKEN, sonst eine Abfrage im Terminal.</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout instead of the bare token.</source>
        <translation>Ein JSON-Objekt auf stdout ausgeben statt des bloßen Tokens.</translation>
    </message>
    <message>
        <source>Output: the long-lived token alone on stdout, details (expiry) on stderr.
With --json: one object {access_token, token_type, expires_in, platform, expires_at}
or {&quot;error&quot;:{message, type, code, error_subcode, fbtrace_id, remedy, retryable, kind}}.
Threads and Instagram apps have their own App Secret; --app-id is for Facebook only.
</source>
        <translation>Ausgabe: das langlebige Token allein auf stdout, Details (Ablauf) auf stderr.
Mit --json: ein Objekt {access_token, token_type, expires_in, platform, expires_at}
oder {&quot;error&quot;:{message, type, code, error_subcode, fbtrace_id, remedy, retryable, kind}}.
Threads- und Instagram-Apps haben ein eigenes App-Geheimnis; --app-id gilt nur für Facebook.
</translation>
    </message>
    <message>
        <source>The platform cannot be told from the token&apos;s prefix (EAA, TH, IG). Pass --platform facebook, threads or instagram.</source>
        <translation>Die Plattform lässt sich am Präfix des Tokens (EAA, TH, IG) nicht erkennen. Geben Sie --platform facebook, threads oder instagram an.</translation>
    </message>
    <message>
        <source>A Facebook exchange needs --app-id (the App ID from your app&apos;s dashboard).</source>
        <translation>Ein Facebook-Tausch braucht --app-id (die App-ID aus dem Dashboard Ihrer App).</translation>
    </message>
    <message>
        <source>Long-lived %1 token received.</source>
        <translation>Langlebiges %1-Token erhalten.</translation>
    </message>
</context>
<context>
    <name>ExchangeForm</name>
    <message>
        <source>App &amp;ID</source>
        <translation>App-&amp;ID</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Digits, from the top of your app&apos;s dashboard</source>
        <translation>Ziffern, oben im Dashboard Ihrer App</translation>
    </message>
    <message>
        <source>App &amp;Secret</source>
        <translation>App-&amp;Geheimnis</translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation>App-Geheimnis</translation>
    </message>
    <message>
        <source>From Settings › Basic in your app&apos;s dashboard</source>
        <translation>Unter Einstellungen › Allgemeines im Dashboard Ihrer App</translation>
    </message>
    <message>
        <source>Short-&amp;lived token</source>
        <translation>&amp;Kurzlebiges Token</translation>
    </message>
    <message>
        <source>Short-lived token</source>
        <translation>Kurzlebiges Token</translation>
    </message>
    <message>
        <source>EAA…, for example from the Graph API Explorer</source>
        <translation>EAA…, zum Beispiel aus dem Graph API Explorer</translation>
    </message>
    <message>
        <source>Exchanging</source>
        <translation>Wird getauscht</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation>Tau&amp;schen</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Exchange the short-lived token for a long-lived one (%1)</source>
        <translation>Das kurzlebige Token gegen ein langlebiges tauschen (%1)</translation>
    </message>
    <message>
        <source>Stop the exchange (%1)</source>
        <translation>Den Tausch abbrechen (%1)</translation>
    </message>
    <message>
        <source>Paste a short-lived token and your app&apos;s secret (for Facebook also its App ID). LongLived exchanges the token with Meta for a long-lived one, valid for about 60 days.</source>
        <translation>Fügen Sie ein kurzlebiges Token und das Geheimnis Ihrer App ein (für Facebook auch ihre App-ID). LongLived tauscht das Token bei Meta gegen ein langlebiges, das etwa 60 Tage gilt.</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Chosen from the token&apos;s prefix (EAA, TH, IG) until you pick one yourself</source>
        <translation>Am Präfix des Tokens (EAA, TH, IG) gewählt, bis Sie selbst eine auswählen</translation>
    </message>
    <message>
        <source>Threads and Instagram need only their own App Secret (not the Facebook app&apos;s). The Threads app&apos;s ID is optional: with it, LongLived can inspect the token and look up its expiry.</source>
        <translation>Threads und Instagram brauchen nur ihr eigenes App-Geheimnis (nicht das der Facebook-App). Die ID der Threads-App ist optional: Mit ihr kann LongLived das Token prüfen und seinen Ablauf nachschlagen.</translation>
    </message>
    <message>
        <source>Optional: your Threads app&apos;s ID</source>
        <translation>Optional: die ID Ihrer Threads-App</translation>
    </message>
    <message>
        <source>Your Threads app&apos;s own App Secret</source>
        <translation>Das eigene App-Geheimnis Ihrer Threads-App</translation>
    </message>
    <message>
        <source>TH…, from your Threads login</source>
        <translation>TH…, aus Ihrer Threads-Anmeldung</translation>
    </message>
    <message>
        <source>Threads and Instagram need only their own App Secret (not the Facebook app&apos;s); no App ID is sent.</source>
        <translation>Threads und Instagram brauchen nur ihr eigenes App-Geheimnis (nicht das der Facebook-App); es wird keine App-ID gesendet.</translation>
    </message>
    <message>
        <source>Your Instagram app&apos;s own App Secret</source>
        <translation>Das eigene App-Geheimnis Ihrer Instagram-App</translation>
    </message>
    <message>
        <source>IG…, from your Instagram login</source>
        <translation>IG…, aus Ihrer Instagram-Anmeldung</translation>
    </message>
</context>
<context>
    <name>ExecDelivery</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The command %1 could not be started: %2</source>
        <translation>Der Befehl %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The command %1 was killed after %2.</source>
        <translation>Der Befehl %1 wurde nach %2 beendet (kill).</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The command %1 crashed.</source>
        <translation>Der Befehl %1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>The command %1 exited with status %2.</source>
        <translation>Der Befehl %1 endete mit Status %2.</translation>
    </message>
    <message>
        <source>The command %1 accepted the token.</source>
        <translation>Der Befehl %1 hat das Token angenommen.</translation>
    </message>
</context>
<context>
    <name>ExpiryFormatter</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde abgelaufen</numerusform>
            <numerusform>vor %n Stunden abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute abgelaufen</numerusform>
            <numerusform>vor %n Minuten abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation>gerade eben abgelaufen</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>absolute expiry (relative expiry)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown — Meta did not say when this token expires</source>
        <translation>Unbekannt – Meta hat nicht gesagt, wann dieses Token abläuft</translation>
    </message>
    <message>
        <source>Never — Meta says this token does not expire</source>
        <translation>Nie – laut Meta läuft dieses Token nicht ab</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days hours</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>It does not expire.</source>
        <translation>Es läuft nicht ab.</translation>
    </message>
    <message>
        <source>Meta did not say when it expires.</source>
        <translation>Meta hat nicht gesagt, wann es abläuft.</translation>
    </message>
    <message>
        <source>It expired at %1.</source>
        <translation>Es ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>It expires in %1 (%2).</source>
        <translation>Es läuft in %1 ab (%2).</translation>
    </message>
</context>
<context>
    <name>FileDelivery</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot check the file</source>
        <translation>Die Datei kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; LongLived writes tokens only to a real file. Give the link&apos;s destination instead.</source>
        <translation>%1 ist ein symbolischer Link; LongLived schreibt Token nur in eine echte Datei. Geben Sie stattdessen das Ziel des Links an.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file.</source>
        <translation>%1 existiert und ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in the folder</source>
        <translation>Im Ordner kann keine temporäre Datei angelegt werden</translation>
    </message>
    <message>
        <source>Cannot write the temporary file</source>
        <translation>Die temporäre Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>In %1 geschrieben.</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>%1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>File delivery is not available on this system.</source>
        <translation>Die Zustellung in eine Datei ist auf diesem System nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (DNS lookup failed).</source>
        <translation>Der Name des Servers wurde nicht gefunden (DNS-Abfrage fehlgeschlagen).</translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed: the server&apos;s certificate was not accepted.</source>
        <translation>Die sichere Verbindung (TLS) ist fehlgeschlagen: Das Zertifikat des Servers wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The connection was cut off before the answer was complete.</source>
        <translation>Die Verbindung brach ab, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The proxy server failed or refused the connection.</source>
        <translation>Der Proxyserver ist gescheitert oder hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>Ein Netzwerkfehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>Refused to send secrets over an unencrypted http:// connection.</source>
        <translation>Geheimnisse werden nicht über eine unverschlüsselte http://-Verbindung gesendet.</translation>
    </message>
    <message>
        <source>This request is not possible for this token or platform.</source>
        <translation>Diese Anfrage ist für dieses Token oder diese Plattform nicht möglich.</translation>
    </message>
    <message>
        <source>The server answered with something that is not Meta&apos;s JSON (HTTP %1, %2).</source>
        <translation>Der Server hat mit etwas geantwortet, das kein JSON von Meta ist (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>The server&apos;s answer was empty or cut short.</source>
        <translation>Die Antwort des Servers war leer oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than any token response; it was cut off.</source>
        <translation>Die Antwort des Servers war weit größer als jede Token-Antwort; sie wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>Meta&apos;s answer did not contain the expected access token.</source>
        <translation>Die Antwort von Meta enthielt nicht das erwartete Zugriffstoken.</translation>
    </message>
    <message>
        <source>The server answered with HTTP error %1.</source>
        <translation>Der Server hat mit dem HTTP-Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <source>The App ID was not accepted.</source>
        <translation>Die App-ID wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The App Secret was not accepted.</source>
        <translation>Das App-Geheimnis wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The access token is invalid or malformed.</source>
        <translation>Das Zugriffstoken ist ungültig oder fehlerhaft.</translation>
    </message>
    <message>
        <source>The token has expired.</source>
        <translation>Das Token ist abgelaufen.</translation>
    </message>
    <message>
        <source>The token was invalidated: the user logged out or revoked access.</source>
        <translation>Das Token wurde ungültig: Der Benutzer hat sich abgemeldet oder den Zugriff widerrufen.</translation>
    </message>
    <message>
        <source>The token is no longer valid because the password was changed.</source>
        <translation>Das Token ist nicht mehr gültig, weil das Passwort geändert wurde.</translation>
    </message>
    <message>
        <source>The user removed this app from their account.</source>
        <translation>Der Benutzer hat diese App aus seinem Konto entfernt.</translation>
    </message>
    <message>
        <source>The account needs attention on Facebook (checkpoint or unconfirmed user).</source>
        <translation>Das Konto braucht Aufmerksamkeit auf Facebook (Sicherheitsprüfung oder unbestätigter Benutzer).</translation>
    </message>
    <message>
        <source>Meta&apos;s rate limit was reached.</source>
        <translation>Das Anfragelimit von Meta ist erreicht.</translation>
    </message>
    <message>
        <source>Meta reported a temporary problem.</source>
        <translation>Meta hat ein vorübergehendes Problem gemeldet.</translation>
    </message>
    <message>
        <source>A required permission is missing.</source>
        <translation>Eine erforderliche Berechtigung fehlt.</translation>
    </message>
    <message>
        <source>Meta did not accept this request (wrong object, method or API version).</source>
        <translation>Meta hat diese Anfrage nicht angenommen (falsches Objekt, falsche Methode oder API-Version).</translation>
    </message>
    <message>
        <source>This app&apos;s ID and secret do not belong to this platform.</source>
        <translation>ID und Geheimnis dieser App gehören nicht zu dieser Plattform.</translation>
    </message>
    <message>
        <source>Meta reported an error.</source>
        <translation>Meta hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Check the server address (LONGLIVED_GRAPH_URL and the proxy settings) and try again.</source>
        <translation>Prüfen Sie die Serveradresse (LONGLIVED_GRAPH_URL und die Proxy-Einstellungen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check your internet connection and DNS settings, then try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und die DNS-Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check the system date and any proxy that intercepts HTTPS. LongLived never ignores certificate errors, because your App Secret travels in this request.</source>
        <translation>Prüfen Sie das Systemdatum und jeden Proxy, der HTTPS abfängt. LongLived ignoriert nie Zertifikatsfehler, denn Ihr App-Geheimnis reist in dieser Anfrage mit.</translation>
    </message>
    <message>
        <source>Check your connection and try again; nothing was changed.</source>
        <translation>Prüfen Sie Ihre Verbindung und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Check the system proxy settings (or https_proxy / no_proxy) and try again.</source>
        <translation>Prüfen Sie die Proxy-Einstellungen des Systems (oder https_proxy / no_proxy) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http:// is only allowed to a loopback address such as 127.0.0.1 or [::1].</source>
        <translation>Verwenden Sie eine https://-Adresse; einfaches http:// ist nur zu einer Loopback-Adresse wie 127.0.0.1 oder [::1] erlaubt.</translation>
    </message>
    <message>
        <source>A proxy or gateway may be in the way. Check the server address and try again later.</source>
        <translation>Möglicherweise steht ein Proxy oder Gateway im Weg. Prüfen Sie die Serveradresse und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Try again; if it persists, inspect the token&apos;s details.</source>
        <translation>Versuchen Sie es erneut; wenn es bleibt, prüfen Sie die Details des Tokens.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Check the App ID in your app&apos;s dashboard. Threads and Instagram apps have their own App ID.</source>
        <translation>Prüfen Sie die App-ID im Dashboard Ihrer App. Threads- und Instagram-Apps haben eine eigene App-ID.</translation>
    </message>
    <message>
        <source>Copy the App Secret again from your app&apos;s Settings › Basic. Threads and Instagram apps have their own secret, different from the Facebook app&apos;s.</source>
        <translation>Kopieren Sie das App-Geheimnis erneut aus Einstellungen › Allgemeines Ihrer App. Threads- und Instagram-Apps haben ein eigenes Geheimnis, verschieden von dem der Facebook-App.</translation>
    </message>
    <message>
        <source>Get a new short-lived token (for example in the Graph API Explorer) and try again.</source>
        <translation>Holen Sie ein neues kurzlebiges Token (zum Beispiel im Graph API Explorer) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>An expired token can no longer be exchanged or refreshed: log in again to get a new one.</source>
        <translation>Ein abgelaufenes Token lässt sich weder tauschen noch erneuern: Melden Sie sich erneut an, um ein neues zu erhalten.</translation>
    </message>
    <message>
        <source>Authorize the app again to get a new token.</source>
        <translation>Autorisieren Sie die App erneut, um ein neues Token zu erhalten.</translation>
    </message>
    <message>
        <source>Log in again to get a new token.</source>
        <translation>Melden Sie sich erneut an, um ein neues Token zu erhalten.</translation>
    </message>
    <message>
        <source>Log in on facebook.com and follow the instructions there, then get a new token.</source>
        <translation>Melden Sie sich auf facebook.com an und folgen Sie den Anweisungen dort; holen Sie dann ein neues Token.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Warten Sie einige Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Grant the missing permission to the app again, then get a new token.</source>
        <translation>Erteilen Sie der App die fehlende Berechtigung erneut und holen Sie dann ein neues Token.</translation>
    </message>
    <message>
        <source>Check the platform and the API version in Settings.</source>
        <translation>Prüfen Sie die Plattform und die API-Version in den Einstellungen.</translation>
    </message>
    <message>
        <source>Use the Threads app&apos;s own App ID and App Secret (Use cases › Threads API in the dashboard).</source>
        <translation>Verwenden Sie App-ID und App-Geheimnis der Threads-App (Anwendungsfälle › Threads API im Dashboard).</translation>
    </message>
    <message>
        <source>Read Meta&apos;s message above; if it persists, contact Meta support with the trace ID.</source>
        <translation>Lesen Sie die Meldung von Meta oben; wenn es bleibt, wenden Sie sich mit der Trace-ID an den Meta-Support.</translation>
    </message>
    <message>
        <source>Meta says: %1</source>
        <translation>Meta sagt: %1</translation>
    </message>
    <message>
        <source>Trace ID for Meta support: %1</source>
        <translation>Trace-ID für den Meta-Support: %1</translation>
    </message>
    <message>
        <source>The server redirected the request to another address, which LongLived does not follow.</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse umgeleitet; LongLived folgt solchen Umleitungen nicht.</translation>
    </message>
    <message>
        <source>Check the server address (LONGLIVED_GRAPH_URL) and any proxy or gateway in the way. The request carries your App Secret, so it goes only to the server it was sent to.</source>
        <translation>Prüfen Sie die Serveradresse (LONGLIVED_GRAPH_URL) und etwaige Proxys oder Gateways dazwischen. Die Anfrage enthält Ihr App-Geheimnis und geht daher nur an den Server, an den sie gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>InputValidator</name>
    <message>
        <source>Enter the App ID from your app&apos;s dashboard.</source>
        <translation>Geben Sie die App-ID aus dem Dashboard Ihrer App ein.</translation>
    </message>
    <message>
        <source>The App ID has digits only (find it at the top of your app&apos;s dashboard).</source>
        <translation>Die App-ID besteht nur aus Ziffern (Sie finden sie oben im Dashboard Ihrer App).</translation>
    </message>
    <message>
        <source>The App ID is too long: Meta&apos;s App IDs have about 16 digits.</source>
        <translation>Die App-ID ist zu lang: App-IDs von Meta haben etwa 16 Ziffern.</translation>
    </message>
    <message>
        <source>Enter the App Secret (Settings › Basic in your app&apos;s dashboard).</source>
        <translation>Geben Sie das App-Geheimnis ein (Einstellungen › Allgemeines im Dashboard Ihrer App).</translation>
    </message>
    <message>
        <source>The App Secret cannot contain spaces or line breaks: copy it again.</source>
        <translation>Das App-Geheimnis kann keine Leerzeichen oder Zeilenumbrüche enthalten: Kopieren Sie es erneut.</translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation>Fügen Sie das Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>The token cannot contain spaces or line breaks: it was probably cut while copying.</source>
        <translation>Das Token kann keine Leerzeichen oder Zeilenumbrüche enthalten: Es wurde beim Kopieren wohl zerteilt.</translation>
    </message>
    <message>
        <source>The token contains characters that access tokens never have: copy it again.</source>
        <translation>Das Token enthält Zeichen, die Zugriffstoken nie haben: Kopieren Sie es erneut.</translation>
    </message>
    <message>
        <source>The API version looks like v25.0 (or leave it empty for the unversioned API).</source>
        <translation>Die API-Version sieht aus wie v25.0 (oder lassen Sie sie leer für die API ohne Version).</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Ask debug_token about a token: valid, type, expiry, scopes.</source>
        <translation>debug_token zu einem Token befragen: gültig, Typ, Ablauf, Berechtigungen.</translation>
    </message>
    <message>
        <source>The App ID of the app the token was issued for (required: debug_token authenticates with the app&apos;s ID and secret).</source>
        <translation>Die App-ID der App, für die das Token ausgestellt wurde (erforderlich: debug_token meldet sich mit ID und Geheimnis der App an).</translation>
    </message>
    <message>
        <source>Read the token to inspect from PATH (- = stdin). Default: $LONGLIVED_TOKEN, else a prompt on a terminal.</source>
        <translation>Das zu prüfende Token aus PATH lesen (- = stdin). Vorgabe: $LONGLIVED_TOKEN, sonst eine Abfrage im Terminal.</translation>
    </message>
    <message>
        <source>Output: the token&apos;s details on stdout (with --json: {platform, is_valid, type, app_id,
application, user_id, issued_at, expires_at, never_expires, data_access_expires_at, scopes,
granular_scopes, error}). Exit 0 when Meta says the token is valid, 1 when it is not.
Instagram Login tokens cannot be inspected (Meta has no debug_token for them).
</source>
        <translation>Ausgabe: die Details des Tokens auf stdout (mit --json: {platform, is_valid, type, app_id,
application, user_id, issued_at, expires_at, never_expires, data_access_expires_at, scopes,
granular_scopes, error}). Exit-Status 0, wenn Meta das Token gültig nennt, 1, wenn nicht.
Instagram-Login-Token lassen sich nicht prüfen (Meta hat für sie kein debug_token).
</translation>
    </message>
    <message>
        <source>The platform cannot be told from the token&apos;s prefix (EAA, TH). Pass --platform facebook or threads.</source>
        <translation>Die Plattform lässt sich am Präfix des Tokens (EAA, TH) nicht erkennen. Geben Sie --platform facebook oder threads an.</translation>
    </message>
    <message>
        <source>%1 tokens cannot be inspected: Meta offers no debug_token for them.</source>
        <translation>%1-Token lassen sich nicht prüfen: Meta bietet für sie kein debug_token an.</translation>
    </message>
    <message>
        <source>inspect needs --app-id: debug_token authenticates with the ID and secret of the app the token was issued for.</source>
        <translation>inspect braucht --app-id: debug_token meldet sich mit der ID und dem Geheimnis der App an, für die das Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>The token is not valid.</source>
        <translation>Das Token ist nicht gültig.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Data access until</source>
        <translation>Datenzugriff bis</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
</context>
<context>
    <name>KeychainCommand</name>
    <message>
        <source>List, read or delete the tokens the desktop app saved in the keychain.</source>
        <translation>Die Token, die die Desktop-App im Schlüsselbund gespeichert hat, auflisten, lesen oder löschen.</translation>
    </message>
    <message>
        <source>keychain needs an action: list, get PROFILE or delete PROFILE.</source>
        <translation>keychain braucht eine Aktion: list, get PROFILE oder delete PROFILE.</translation>
    </message>
    <message>
        <source>keychain %1 needs the profile&apos;s name (quote it if it has spaces).</source>
        <translation>keychain %1 braucht den Namen des Profils (in Anführungszeichen, wenn er Leerzeichen enthält).</translation>
    </message>
    <message>
        <source>keychain list takes no other argument.</source>
        <translation>keychain list nimmt kein weiteres Argument.</translation>
    </message>
    <message>
        <source>expiry unknown</source>
        <translation>Ablauf unbekannt</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab: %1</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen: %1</translation>
    </message>
    <message>
        <source>Token of &quot;%1&quot; (%2).</source>
        <translation>Token von „%1“ (%2).</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; and its keychain entries.</source>
        <translation>„%1“ und seine Einträge im Schlüsselbund wurden gelöscht.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Actions:
  list            the saved profiles: name, platform, App ID, expiry (no keychain access)
  get PROFILE     the profile&apos;s token on stdout (with --json: an object like exchange&apos;s)
  delete PROFILE  remove the profile and its keychain entries (token and App Secret),
                  and its delivery targets with their n8n API keys
Profiles are shared with the desktop app. A missing profile or keychain entry exits 1
(kind &quot;not_found&quot;); a locked or absent keyring too (&quot;locked&quot;, &quot;no_backend&quot;).
</source>
        <translation>Aktionen:
  list            die gespeicherten Profile: Name, Plattform, App-ID, Ablauf (ohne Schlüsselbundzugriff)
  get PROFILE     das Token des Profils auf stdout (mit --json: ein Objekt wie bei exchange)
  delete PROFILE  das Profil und seine Schlüsselbundeinträge entfernen (Token und App-Geheimnis),
                  samt seinen Lieferzielen und deren n8n-API-Schlüsseln
Die Profile teilt sich die CLI mit der Desktop-App. Ein fehlendes Profil oder ein fehlender
Schlüsselbundeintrag ergibt Exit-Status 1 (kind &quot;not_found&quot;); ebenso ein gesperrter oder fehlender
Schlüsselbund (&quot;locked&quot;, &quot;no_backend&quot;).
</translation>
    </message>
    <message numerus="yes">
        <source>%n saved token(s).</source>
        <translation>
            <numerusform>%n gespeichertes Token.</numerusform>
            <numerusform>%n gespeicherte Token.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifetimeBar</name>
    <message>
        <source>Remaining lifetime</source>
        <translation>Verbleibende Gültigkeit</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left of 60</source>
        <translation>
            <numerusform>Noch %n Tag von 60</numerusform>
            <numerusform>Noch %n Tage von 60</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left of 60 days</source>
        <translation>
            <numerusform>Noch %n Stunde von 60 Tagen</numerusform>
            <numerusform>Noch %n Stunden von 60 Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Less than an hour left</source>
        <translation>Weniger als eine Stunde übrig</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saving to the keyring… LongLived closes when the keyring answers (at most %1 s).</source>
        <translation>Wird im Schlüsselbund gespeichert… LongLived schließt sich, sobald der Schlüsselbund antwortet (höchstens %1 s).</translation>
    </message>
    <message>
        <source>Exchange a short-lived token</source>
        <translation>Ein kurzlebiges Token tauschen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About LongLived</source>
        <translation>Ü&amp;ber LongLived</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Done: your long-lived token is ready below.</source>
        <translation>Fertig: Ihr langlebiges Token steht unten bereit.</translation>
    </message>
    <message>
        <source>About LongLived</source>
        <translation>Über LongLived</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LongLived %1&lt;/h3&gt;&lt;p&gt;Exchanges Meta short-lived access tokens for long-lived ones.&lt;/p&gt;&lt;p&gt;Your App Secret and tokens go only to Meta, and are never written to the settings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LongLived %1&lt;/h3&gt;&lt;p&gt;Tauscht kurzlebige Meta-Zugriffstoken gegen langlebige.&lt;/p&gt;&lt;p&gt;Ihr App-Geheimnis und Ihre Token gehen nur an Meta und werden nie in die Einstellungen geschrieben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Erstellt mit Qt %1.</translation>
    </message>
    <message>
        <source>Meta&apos;s answer did not say when it expires; debug_token did.</source>
        <translation>Die Antwort von Meta sagte nicht, wann es abläuft; debug_token schon.</translation>
    </message>
    <message>
        <source>Meta did not say when it expires.</source>
        <translation>Meta hat nicht gesagt, wann es abläuft.</translation>
    </message>
    <message>
        <source>Asking debug_token failed: %1</source>
        <translation>Die Abfrage von debug_token ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saved tokens</source>
        <translation>Gespeicherte Token</translation>
    </message>
    <message>
        <source>Forgot “%1”: it is no longer in the keyring.</source>
        <translation>„%1“ vergessen: Es ist nicht mehr im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved “%1” in the keyring.</source>
        <translation>„%1“ im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1 The token is still shown below, and Copy still works.</source>
        <translation>Nicht gespeichert: %1 Das Token wird weiter unten angezeigt, und Kopieren funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Check the platform</source>
        <translation>Plattform prüfen</translation>
    </message>
    <message>
        <source>Each platform has its own endpoint and its own app: a %1 token sent to %2 is refused. Send it to %2 anyway?</source>
        <translation>Jede Plattform hat ihren eigenen Endpunkt und ihre eigene App: Ein %1-Token, das an %2 gesendet wird, wird abgelehnt. Trotzdem an %2 senden?</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Send to %1 anyway</source>
        <translation>Trotzdem an %1 senden</translation>
    </message>
    <message>
        <source>Switched to %1. Check that the App Secret is the %1 app&apos;s own, then exchange.</source>
        <translation>Zu %1 gewechselt. Prüfen Sie, ob das App-Geheimnis das der %1-App ist, und tauschen Sie dann.</translation>
    </message>
    <message>
        <source>Exchanging the %1 token with Meta…</source>
        <translation>Das %1-Token wird bei Meta getauscht…</translation>
    </message>
    <message>
        <source>Inspect asks debug_token (it needs the App ID and App Secret).</source>
        <translation>„Prüfen“ fragt debug_token (braucht die App-ID und das App-Geheimnis).</translation>
    </message>
    <message>
        <source>Showing the saved token “%1”.</source>
        <translation>Das gespeicherte Token „%1“ wird angezeigt.</translation>
    </message>
    <message>
        <source>Refreshed: the new token is shown below. It lasts 60 days; the old one is no longer needed.</source>
        <translation>Erneuert: Das neue Token steht unten. Es gilt 60 Tage; das alte wird nicht mehr gebraucht.</translation>
    </message>
    <message>
        <source>Refreshed. Replacing the token saved as “%1” in the keyring…</source>
        <translation>Erneuert. Das als „%1“ gespeicherte Token wird im Schlüsselbund ersetzt…</translation>
    </message>
    <message>
        <source>Refreshed: the new token replaces the one saved as “%1” in the keyring.</source>
        <translation>Erneuert: Das neue Token ersetzt das als „%1“ im Schlüsselbund gespeicherte.</translation>
    </message>
    <message>
        <source>Refreshed, but the keyring still holds the old token of “%1”:</source>
        <translation>Erneuert, aber der Schlüsselbund enthält noch das alte Token von „%1“:</translation>
    </message>
    <message>
        <source>The new token is shown below: copy it, or save it again.</source>
        <translation>Das neue Token steht unten: Kopieren Sie es oder speichern Sie es erneut.</translation>
    </message>
    <message>
        <source>Meta did not say when this token expires: Inspect asks debug_token.</source>
        <translation>Meta hat nicht gesagt, wann dieses Token abläuft: „Prüfen“ fragt debug_token.</translation>
    </message>
    <message>
        <source>Refresh it before it expires: possible once it is 24 hours old, and each refresh gives another 60 days. An expired token cannot be refreshed; you must log in again.</source>
        <translation>Erneuern Sie es, bevor es abläuft: möglich, sobald es 24 Stunden alt ist, und jede Erneuerung gibt weitere 60 Tage. Ein abgelaufenes Token lässt sich nicht erneuern; Sie müssen sich erneut anmelden.</translation>
    </message>
    <message>
        <source>C&amp;lear secrets</source>
        <translation>Geheimnisse &amp;leeren</translation>
    </message>
    <message>
        <source>Empty the App Secret, the short-lived token and the long-lived token shown; saved tokens stay in the keyring (%1)</source>
        <translation>Das App-Geheimnis, das kurzlebige Token und das angezeigte langlebige Token leeren; gespeicherte Token bleiben im Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>Secrets cleared. Saved tokens stay in the keyring.</source>
        <translation>Geheimnisse geleert. Gespeicherte Token bleiben im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Renewing “%1”…</source>
        <translation>„%1“ wird erneuert…</translation>
    </message>
    <message>
        <source>“%1” was not renewed: %2</source>
        <translation>„%1“ wurde nicht erneuert: %2</translation>
    </message>
    <message>
        <source>The token saved before is still in the keyring.</source>
        <translation>Das zuvor gespeicherte Token ist weiterhin im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Renewed “%1”: the new token is in the keyring.</source>
        <translation>„%1“ erneuert: Das neue Token ist im Schlüsselbund.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Not delivered to %1: %2</source>
        <translation>Nicht zugestellt an %1: %2</translation>
    </message>
</context>
<context>
    <name>N8nCredentialJob</name>
    <message>
        <source>n8n did not answer in time.</source>
        <translation>n8n hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not reach n8n: %1</source>
        <translation>n8n ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Refused to send the token over plain http:// to %1: use https:// (plain http:// only to a loopback address such as 127.0.0.1).</source>
        <translation>Das Token wird nicht über unverschlüsseltes http:// an %1 gesendet: Verwenden Sie https:// (http:// nur zu einer Loopback-Adresse wie 127.0.0.1).</translation>
    </message>
    <message>
        <source>n8n did not answer within %1 s.</source>
        <translation>n8n hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>n8n&apos;s answer was far larger than expected; it was cut off.</source>
        <translation>Die Antwort von n8n war viel größer als erwartet; sie wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>n8n stored the token in field &quot;%1&quot; of credential %2.</source>
        <translation>n8n hat das Token im Feld „%1“ des Credentials %2 gespeichert.</translation>
    </message>
    <message>
        <source>n8n rejected the data (HTTP 400): %1. Check the field name &quot;%2&quot; for this credential&apos;s type.</source>
        <translation>n8n hat die Daten abgelehnt (HTTP 400): %1. Prüfen Sie den Feldnamen „%2“ für den Typ dieses Credentials.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Begründung</translation>
    </message>
    <message>
        <source>n8n did not accept the API key (HTTP 401): it is missing, wrong or was deleted. Create a new key in n8n (Settings › n8n API) and add the target again.</source>
        <translation>n8n hat den API-Schlüssel nicht angenommen (HTTP 401): Er fehlt, ist falsch oder wurde gelöscht. Erstellen Sie in n8n einen neuen Schlüssel (Settings › n8n API) und fügen Sie das Ziel erneut hinzu.</translation>
    </message>
    <message>
        <source>The n8n API key may not change credentials (HTTP 403). Create a key with the credential:update scope.</source>
        <translation>Der n8n-API-Schlüssel darf keine Credentials ändern (HTTP 403). Erstellen Sie einen Schlüssel mit dem Scope credential:update.</translation>
    </message>
    <message>
        <source>n8n has no credential with the id %1 (HTTP 404). Copy the id from the end of the credential&apos;s address in n8n (…/home/credentials/&lt;id&gt;).</source>
        <translation>n8n hat kein Credential mit der ID %1 (HTTP 404). Kopieren Sie die ID vom Ende der Adresse des Credentials in n8n (…/home/credentials/&lt;id&gt;).</translation>
    </message>
    <message>
        <source>This n8n has no API to update credentials (HTTP %1). Update n8n, and check that the address is n8n&apos;s own base address.</source>
        <translation>Dieses n8n hat keine API zum Ändern von Credentials (HTTP %1). Aktualisieren Sie n8n und prüfen Sie, dass die Adresse die Basisadresse von n8n ist.</translation>
    </message>
    <message>
        <source>n8n did not accept the request&apos;s content type (HTTP 415).</source>
        <translation>n8n hat den Inhaltstyp der Anfrage nicht angenommen (HTTP 415).</translation>
    </message>
    <message>
        <source>n8n answered with HTTP error %1.</source>
        <translation>n8n hat mit HTTP-Fehler %1 geantwortet.</translation>
    </message>
    <message>
        <source>%1 Enter the key again for this target (Delivery… in the window, or longlived-cli deliver add).</source>
        <translation>%1 Geben Sie den Schlüssel für dieses Ziel erneut ein (Zustellung… im Fenster oder longlived-cli deliver add).</translation>
    </message>
</context>
<context>
    <name>OutputWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; --output does not follow links. Name the file itself.</source>
        <translation>%1 ist ein symbolischer Link; --output folgt keinen Links. Geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <source>--output must not be the input file (%1 is the input, or a link to it).</source>
        <translation>--output darf nicht die Eingabedatei sein (%1 ist die Eingabe oder ein Link darauf).</translation>
    </message>
    <message>
        <source>Could not make %1 readable by its owner only (it will hold tokens): %2</source>
        <translation>%1 konnte nicht nur für den Eigentümer lesbar gemacht werden (die Datei wird Tokens enthalten): %2</translation>
    </message>
    <message>
        <source>Could not empty %1: %2</source>
        <translation>%1 konnte nicht geleert werden: %2</translation>
    </message>
    <message>
        <source>Could not write the results to standard output: %1</source>
        <translation>Die Ergebnisse konnten nicht in die Standardausgabe geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not write the results to %1: %2</source>
        <translation>Die Ergebnisse konnten nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <source>The user token is short-lived, so these Page tokens are short-lived too. Exchange it for a long-lived token first, then list the Pages again to get Page tokens that do not expire.</source>
        <translation>Das Benutzertoken ist kurzlebig, daher sind auch diese Seitentokens kurzlebig. Tauschen Sie es zuerst gegen ein langlebiges Token und listen Sie die Seiten dann erneut auf, um Seitentokens zu erhalten, die nicht ablaufen.</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n Page(s) are listed; Meta announced more.</source>
        <translation>
            <numerusform>Nur die erste Seite wird aufgelistet; Meta hat weitere angekündigt.</numerusform>
            <numerusform>Nur die ersten %n Seiten werden aufgelistet; Meta hat weitere angekündigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagesCommand</name>
    <message>
        <source>List the Facebook Pages of a user token, with their Page tokens.</source>
        <translation>Die Facebook-Seiten eines Benutzertokens mit ihren Seitentokens auflisten.</translation>
    </message>
    <message>
        <source>Read the App Secret from PATH (- = stdin) to send appsecret_proof (needed when the app requires it). Default: $LONGLIVED_APP_SECRET; optional, never prompted for.</source>
        <translation>Das App-Geheimnis aus PATH lesen (- = stdin), um appsecret_proof zu senden (nötig, wenn die App es verlangt). Vorgabe: $LONGLIVED_APP_SECRET; optional, es wird nie danach gefragt.</translation>
    </message>
    <message>
        <source>Read the Facebook user token from PATH (- = stdin). Default: $LONGLIVED_TOKEN, else a prompt on a terminal.</source>
        <translation>Das Facebook-Benutzertoken aus PATH lesen (- = stdin). Vorgabe: $LONGLIVED_TOKEN, sonst eine Abfrage im Terminal.</translation>
    </message>
    <message>
        <source>Output: one line per Page, &quot;ID&lt;TAB&gt;NAME&lt;TAB&gt;PAGE_TOKEN&quot;; with --json
{&quot;data&quot;:[{id, name, category, tasks, access_token}], &quot;truncated&quot;:…, &quot;warnings&quot;:[…]}.
Page tokens taken from a long-lived user token do not expire; from a short-lived one
they are short-lived too.
</source>
        <translation>Ausgabe: eine Zeile pro Seite, &quot;ID&lt;TAB&gt;NAME&lt;TAB&gt;SEITENTOKEN&quot;; mit --json
{&quot;data&quot;:[{id, name, category, tasks, access_token}], &quot;truncated&quot;:…, &quot;warnings&quot;:[…]}.
Seitentokens von einem langlebigen Benutzertoken laufen nicht ab; von einem kurzlebigen sind
sie ebenfalls kurzlebig.
</translation>
    </message>
    <message>
        <source>pages needs a Facebook user token; this one looks like a %1 token.</source>
        <translation>pages braucht ein Facebook-Benutzertoken; dieses sieht nach einem %1-Token aus.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Page(s).</source>
        <translation>
            <numerusform>%n Seite.</numerusform>
            <numerusform>%n Seiten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagesDialog</name>
    <message>
        <source>Pages and their tokens</source>
        <translation>Seiten und ihre Token</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Page token</source>
        <translation>Seitentoken</translation>
    </message>
    <message>
        <source>&amp;Copy page token</source>
        <translation>Seitentoken &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy page token</source>
        <translation>Seitentoken kopieren</translation>
    </message>
    <message>
        <source>Copy the selected Page&apos;s token; the clipboard is cleared after a while</source>
        <translation>Das Token der ausgewählten Seite kopieren; die Zwischenablage wird nach einer Weile geleert</translation>
    </message>
    <message>
        <source>&amp;Save to keychain</source>
        <translation>Im Schlüssel&amp;bund speichern</translation>
    </message>
    <message>
        <source>Save to keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Save the selected Page&apos;s token in the OS keychain, as “Page · name”</source>
        <translation>Das Token der ausgewählten Seite im Schlüsselbund des Systems speichern, als „Seite · Name“</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Page · %1</source>
        <translation>Seite · %1</translation>
    </message>
    <message>
        <source>none (permission missing)</source>
        <translation>keins (Berechtigung fehlt)</translation>
    </message>
    <message>
        <source>Meta gave no token for this Page: the user token lacks a permission such as pages_show_list or pages_manage_metadata.</source>
        <translation>Meta hat für diese Seite kein Token geliefert: Dem Benutzertoken fehlt eine Berechtigung wie pages_show_list oder pages_manage_metadata.</translation>
    </message>
    <message>
        <source>Masked. Use “Copy page token” to copy the whole token.</source>
        <translation>Maskiert. Verwenden Sie „Seitentoken kopieren“, um das ganze Token zu kopieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n Page(s) and their tokens</source>
        <translation>
            <numerusform>%n Seite und ihr Token</numerusform>
            <numerusform>%n Seiten und ihre Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the token of “%1”; the clipboard clears in %n s.</source>
        <translation>
            <numerusform>Token von „%1“ kopiert; die Zwischenablage wird in %n s geleert.</numerusform>
            <numerusform>Token von „%1“ kopiert; die Zwischenablage wird in %n s geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the token of “%1”.</source>
        <translation>Token von „%1“ kopiert.</translation>
    </message>
    <message>
        <source>Replace saved token</source>
        <translation>Gespeichertes Token ersetzen</translation>
    </message>
    <message>
        <source>A saved token named “%1” already exists. Replace it with this Page&apos;s token?</source>
        <translation>Ein gespeichertes Token namens „%1“ gibt es schon. Durch das Token dieser Seite ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Saving “%1” in the keyring…</source>
        <translation>„%1“ wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved in the keyring as “%1”.</source>
        <translation>Im Schlüsselbund als „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>PagesJob</name>
    <message>
        <source>Meta&apos;s answer pointed to the next page of results on another server (%1). LongLived did not follow it, so your token was not sent there.</source>
        <translation>Die Antwort von Meta verwies für die nächste Ergebnisseite auf einen anderen Server (%1). LongLived ist dem nicht gefolgt, Ihr Token wurde also nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>This looks like a %1 token, but %2 is selected. A token only works on its own platform: choose %1, or check the token.</source>
        <translation>Dies sieht nach einem %1-Token aus, aber %2 ist ausgewählt. Ein Token funktioniert nur auf seiner eigenen Plattform: Wählen Sie %1 oder prüfen Sie das Token.</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>Delivery…</source>
        <translation>Zustellung…</translation>
    </message>
    <message>
        <source>Renew now</source>
        <translation>Jetzt erneuern</translation>
    </message>
    <message>
        <source>Where the selected token is delivered to: n8n credentials, files, commands</source>
        <translation>Wohin das ausgewählte Token zugestellt wird: n8n-Credentials, Dateien, Befehle</translation>
    </message>
    <message>
        <source>Ask Meta for a new token for the selected profile now, and deliver it</source>
        <translation>Jetzt bei Meta ein neues Token für das ausgewählte Profil anfordern und es zustellen</translation>
    </message>
</context>
<context>
    <name>ProfileRenewer</name>
    <message>
        <source>There is no saved profile of that name.</source>
        <translation>Es gibt kein gespeichertes Profil dieses Namens.</translation>
    </message>
    <message>
        <source>Meta says the saved token is no longer valid: log in again and exchange a new short-lived token.</source>
        <translation>Meta sagt, das gespeicherte Token ist nicht mehr gültig: Melden Sie sich erneut an und tauschen Sie ein neues kurzlebiges Token ein.</translation>
    </message>
    <message>
        <source>Renewed.</source>
        <translation>Erneuert.</translation>
    </message>
    <message>
        <source>Renewed: expires %1.</source>
        <translation>Erneuert: läuft ab %1.</translation>
    </message>
    <message>
        <source>The keychain did not take the renewed token (%1). The saved token is unchanged; the next run tries again.</source>
        <translation>Der Schlüsselbund hat das erneuerte Token nicht angenommen (%1). Das gespeicherte Token ist unverändert; der nächste Lauf versucht es erneut.</translation>
    </message>
</context>
<context>
    <name>ProfileSaveOption</name>
    <message>
        <source>Also save the token in the keychain as the profile NAME, as the window&apos;s &quot;Save to keychain&quot; does.</source>
        <translation>Das Token zusätzlich als Profil NAME im Schlüsselbund speichern, wie es „Im Schlüsselbund speichern“ im Fenster tut.</translation>
    </message>
    <message>
        <source>With --save: replace a saved profile of that name.</source>
        <translation>Mit --save: ein gespeichertes Profil dieses Namens ersetzen.</translation>
    </message>
    <message>
        <source>With --save: store the App Secret beside the token.</source>
        <translation>Mit --save: das App-Geheimnis neben dem Token speichern.</translation>
    </message>
    <message>
        <source>--save NAME stores the token as a saved profile (shared with the desktop app; see
`keychain list`). A profile of that name is replaced only with --replace; else the command
exits 2 (kind &quot;profile_exists&quot;) before anything is sent to Meta. The token is printed
first: if the keychain fails, it exits 1 and the token is not lost. With --json the object
gets &quot;saved_profile&quot; (the name) or &quot;save_error&quot; (an error object).
</source>
        <translation>--save NAME speichert das Token als gespeichertes Profil (gemeinsam mit der Desktop-App;
siehe `keychain list`). Ein Profil dieses Namens wird nur mit --replace ersetzt; sonst endet
der Befehl mit 2 (kind &quot;profile_exists&quot;), bevor etwas an Meta gesendet wird. Das Token wird
zuerst ausgegeben: Scheitert der Schlüsselbund, endet er mit 1, und das Token geht nicht
verloren. Mit --json erhält das Objekt &quot;saved_profile&quot; (den Namen) oder &quot;save_error&quot;
(ein Fehlerobjekt).
</translation>
    </message>
    <message>
        <source>--replace and --save-app-secret go with --save NAME.</source>
        <translation>--replace und --save-app-secret gehören zu --save NAME.</translation>
    </message>
    <message>
        <source>--save needs the profile&apos;s name (quote it if it has spaces).</source>
        <translation>--save braucht den Namen des Profils (in Anführungszeichen, wenn er Leerzeichen enthält).</translation>
    </message>
    <message>
        <source>--save: the profile&apos;s name must not contain control characters.</source>
        <translation>--save: Der Name des Profils darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A saved profile named &quot;%1&quot; exists already. Add --replace to replace it, or choose another name.</source>
        <translation>Ein gespeichertes Profil namens „%1“ gibt es bereits. Mit --replace wird es ersetzt; oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Interrupted before the token was saved in the keychain.</source>
        <translation>Unterbrochen, bevor das Token im Schlüsselbund gespeichert war.</translation>
    </message>
    <message>
        <source>The token was received (printed on stdout) but could not be saved in the keychain.
Error: %1</source>
        <translation>Das Token wurde empfangen (auf stdout ausgegeben), konnte aber nicht im Schlüsselbund gespeichert werden.
Fehler: %1</translation>
    </message>
    <message>
        <source>Saved in the keychain as &quot;%1&quot;, with the App Secret.</source>
        <translation>Im Schlüsselbund als „%1“ gespeichert, mit dem App-Geheimnis.</translation>
    </message>
    <message>
        <source>Saved in the keychain as &quot;%1&quot;.</source>
        <translation>Im Schlüsselbund als „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <source>Refresh a long-lived Threads or Instagram token (60 more days).</source>
        <translation>Ein langlebiges Threads- oder Instagram-Token erneuern (60 weitere Tage).</translation>
    </message>
    <message>
        <source>threads or instagram. Default: detected from the token&apos;s prefix (TH, IG).</source>
        <translation>threads oder instagram. Vorgabe: am Präfix des Tokens erkannt (TH, IG).</translation>
    </message>
    <message>
        <source>Read the long-lived token from PATH (- = stdin). Default: $LONGLIVED_TOKEN, else a prompt on a terminal.</source>
        <translation>Das langlebige Token aus PATH lesen (- = stdin). Vorgabe: $LONGLIVED_TOKEN, sonst eine Abfrage im Terminal.</translation>
    </message>
    <message>
        <source>Print one JSON object on stdout instead of the bare token.</source>
        <translation>Ein JSON-Objekt auf stdout ausgeben statt des bloßen Tokens.</translation>
    </message>
    <message>
        <source>Output: the refreshed token alone on stdout (the same string or a new one), details on
stderr; with --json the same object as exchange. Only unexpired long-lived tokens at least
24 hours old can be refreshed. Facebook user tokens cannot: exchange a new short-lived one.
</source>
        <translation>Ausgabe: das erneuerte Token allein auf stdout (dieselbe Zeichenkette oder eine neue), Details auf
stderr; mit --json dasselbe Objekt wie bei exchange. Nur nicht abgelaufene langlebige Token, die
mindestens 24 Stunden alt sind, lassen sich erneuern. Facebook-Benutzertoken nicht: Tauschen Sie ein
neues kurzlebiges.
</translation>
    </message>
    <message>
        <source>The platform cannot be told from the token&apos;s prefix (TH, IG). Pass --platform threads or instagram.</source>
        <translation>Die Plattform lässt sich am Präfix des Tokens (TH, IG) nicht erkennen. Geben Sie --platform threads oder instagram an.</translation>
    </message>
    <message>
        <source>%1 tokens cannot be refreshed. Exchange a new short-lived token instead (longlived-cli exchange).</source>
        <translation>%1-Token lassen sich nicht erneuern. Tauschen Sie stattdessen ein neues kurzlebiges Token (longlived-cli exchange).</translation>
    </message>
    <message>
        <source>%1 token refreshed.</source>
        <translation>%1-Token erneuert.</translation>
    </message>
    <message>
        <source>With --save-app-secret: read the App Secret to store from PATH (- = stdin). Default: $LONGLIVED_APP_SECRET, else a prompt.</source>
        <translation>Mit --save-app-secret: das zu speichernde App-Geheimnis aus PFAD lesen (- = stdin). Standard: $LONGLIVED_APP_SECRET, sonst eine Eingabeaufforderung.</translation>
    </message>
    <message>
        <source>A refresh needs no App Secret: --app-secret-file goes with --save NAME --save-app-secret.</source>
        <translation>Eine Auffrischung braucht kein App-Geheimnis: --app-secret-file gehört zu --save NAME --save-app-secret.</translation>
    </message>
</context>
<context>
    <name>RenewCommand</name>
    <message>
        <source>Renew the saved tokens that are due, deliver them, and report what needs you.</source>
        <translation>Fällige gespeicherte Tokens erneuern, ausliefern und melden, was Sie tun müssen.</translation>
    </message>
    <message>
        <source>Only this saved profile (repeatable). Default: every profile.</source>
        <translation>Nur dieses gespeicherte Profil (wiederholbar). Standard: alle Profile.</translation>
    </message>
    <message>
        <source>Renew tokens that expire within DAYS days (default 14).</source>
        <translation>Tokens erneuern, die innerhalb von DAYS Tagen ablaufen (Standard 14).</translation>
    </message>
    <message>
        <source>Ask Meta for a refreshed token whatever the dates say.</source>
        <translation>Meta unabhängig von den Daten um ein aufgefrischtes Token bitten.</translation>
    </message>
    <message>
        <source>Only say what would happen: no request, no keychain, no delivery.</source>
        <translation>Nur sagen, was geschähe: keine Anfrage, kein Schlüsselbund, keine Auslieferung.</translation>
    </message>
    <message>
        <source>Print one JSON object per profile and line on stdout.</source>
        <translation>Ein JSON-Objekt pro Profil und Zeile auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>A desktop notification for each profile that failed, needs a login, expired or was not delivered.</source>
        <translation>Eine Desktop-Benachrichtigung für jedes Profil, das fehlschlug, eine Anmeldung braucht, abgelaufen ist oder nicht ausgeliefert wurde.</translation>
    </message>
    <message>
        <source>Switch on the daily run of renew --notify (systemd user timer longlived-renew.timer); without a user manager, print the crontab line.</source>
        <translation>Den täglichen Lauf von renew --notify einschalten (systemd-Benutzertimer longlived-renew.timer); ohne Benutzer-Manager die crontab-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Switch the daily run off.</source>
        <translation>Den täglichen Lauf ausschalten.</translation>
    </message>
    <message>
        <source>Actions: renewed, not_due, needs_login, expired, never_expires, unknown_expiry, failed
(--dry-run: due instead of renewed). One line per profile on stderr; with --json one object
per line on stdout: profile, platform, action, message, expires_at, renewed_at,
deliveries, error. Exit 0 when every profile is fine after the run, 1 when one failed,
needs a login, expired or was not delivered, or another renew run held the lock for 10 s.
</source>
        <translation>Aktionen: renewed, not_due, needs_login, expired, never_expires, unknown_expiry, failed
(--dry-run: due statt renewed). Eine Zeile pro Profil auf stderr; mit --json ein Objekt
pro Zeile auf stdout: profile, platform, action, message, expires_at, renewed_at,
deliveries, error. Exit 0, wenn nach dem Lauf jedes Profil in Ordnung ist, 1, wenn eines
fehlschlug, eine Anmeldung braucht, abgelaufen ist oder nicht ausgeliefert wurde, oder ein
anderer renew-Lauf die Sperre 10 s lang hielt.
</translation>
    </message>
    <message>
        <source>--profile needs a profile&apos;s name.</source>
        <translation>--profile braucht den Namen eines Profils.</translation>
    </message>
    <message>
        <source>--within needs a number of days from 0 to 365.</source>
        <translation>--within braucht eine Anzahl Tage von 0 bis 365.</translation>
    </message>
    <message>
        <source>--lock-wait-ms needs a number of milliseconds.</source>
        <translation>--lock-wait-ms braucht eine Anzahl Millisekunden.</translation>
    </message>
    <message>
        <source>--enable-timer and --disable-timer exclude each other.</source>
        <translation>--enable-timer und --disable-timer schließen einander aus.</translation>
    </message>
    <message>
        <source>--enable-timer and --disable-timer switch the scheduled run and take none of a run&apos;s options.</source>
        <translation>--enable-timer und --disable-timer schalten den geplanten Lauf und nehmen keine der Optionen eines Laufs.</translation>
    </message>
    <message>
        <source>Another renew run (process %1) is still working on the saved tokens; nothing was done. Try again when it has finished.</source>
        <translation>Ein anderer renew-Lauf (Prozess %1) arbeitet noch an den gespeicherten Tokens; es wurde nichts getan. Versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Another renew run is still working on the saved tokens; nothing was done. Try again when it has finished.</source>
        <translation>Ein anderer renew-Lauf arbeitet noch an den gespeicherten Tokens; es wurde nichts getan. Versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>The lock file %1 could not be created; nothing was done.</source>
        <translation>Die Sperrdatei %1 konnte nicht angelegt werden; es wurde nichts getan.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>RenewRun</name>
    <message>
        <source>No saved profiles to renew.</source>
        <translation>Keine gespeicherten Profile zu erneuern.</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot; (see longlived-cli keychain list).</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“ (siehe longlived-cli keychain list).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>  delivered to %1</source>
        <translation>  ausgeliefert an %1</translation>
    </message>
    <message>
        <source>  not delivered to %1: %2</source>
        <translation>  nicht ausgeliefert an %1: %2</translation>
    </message>
    <message>
        <source>No desktop notification was shown: %1</source>
        <translation>Es wurde keine Desktop-Benachrichtigung angezeigt: %1</translation>
    </message>
    <message>
        <source>LongLived: %1</source>
        <translation>LongLived: %1</translation>
    </message>
    <message>
        <source>Interrupted: what was renewed so far is stored; the rest is left for the next run.</source>
        <translation>Unterbrochen: Was bisher erneuert wurde, ist gespeichert; der Rest bleibt für den nächsten Lauf.</translation>
    </message>
</context>
<context>
    <name>RenewalDecision</name>
    <message>
        <source>Not due: obtained less than 24 hours ago, and Meta refreshes a token only once it is a day old.</source>
        <translation>Nicht fällig: vor weniger als 24 Stunden erhalten, und Meta frischt ein Token erst auf, wenn es einen Tag alt ist.</translation>
    </message>
    <message numerus="yes">
        <source>Not due: %n day(s) left.</source>
        <translation>
            <numerusform>Nicht fällig: noch %n Tag.</numerusform>
            <numerusform>Nicht fällig: noch %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is renewed when %n day(s) or fewer remain.</source>
        <translation>
            <numerusform>Es wird erneuert, wenn %n Tag oder weniger bleibt.</numerusform>
            <numerusform>Es wird erneuert, wenn %n Tage oder weniger bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiry unknown, and Meta&apos;s debug_token did not say either.</source>
        <translation>Ablauf unbekannt, und auch Metas debug_token nannte ihn nicht.</translation>
    </message>
    <message>
        <source>Expiry unknown, and this platform has no debug_token to ask. Use --force to refresh it.</source>
        <translation>Ablauf unbekannt, und diese Plattform hat kein debug_token zum Nachfragen. Mit --force wird es aufgefrischt.</translation>
    </message>
    <message>
        <source>Expiry unknown: no App Secret is stored with this profile to ask Meta&apos;s debug_token. Save the profile again with its App Secret.</source>
        <translation>Ablauf unbekannt: Bei diesem Profil ist kein App-Geheimnis gespeichert, um Metas debug_token zu fragen. Speichern Sie das Profil erneut mit seinem App-Geheimnis.</translation>
    </message>
    <message>
        <source>Due: renewal forced.</source>
        <translation>Fällig: Erneuerung erzwungen.</translation>
    </message>
    <message numerus="yes">
        <source>Due: expires in %n day(s).</source>
        <translation>
            <numerusform>Fällig: läuft in %n Tag ab.</numerusform>
            <numerusform>Fällig: läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs a new login: expires in %n day(s), and Facebook user tokens cannot be refreshed. Exchange a new short-lived token and save it over this profile.</source>
        <translation>
            <numerusform>Neue Anmeldung nötig: läuft in %n Tag ab, und Facebook-Benutzertokens lassen sich nicht auffrischen. Tauschen Sie ein neues kurzlebiges Token ein und speichern Sie es über dieses Profil.</numerusform>
            <numerusform>Neue Anmeldung nötig: läuft in %n Tagen ab, und Facebook-Benutzertokens lassen sich nicht auffrischen. Tauschen Sie ein neues kurzlebiges Token ein und speichern Sie es über dieses Profil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago: log in again and exchange a new short-lived token.</source>
        <translation>
            <numerusform>Vor %n Tag abgelaufen: Melden Sie sich erneut an und tauschen Sie ein neues kurzlebiges Token ein.</numerusform>
            <numerusform>Vor %n Tagen abgelaufen: Melden Sie sich erneut an und tauschen Sie ein neues kurzlebiges Token ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never expires.</source>
        <translation>Läuft nie ab.</translation>
    </message>
</context>
<context>
    <name>RenewalStatusText</name>
    <message>
        <source>renewal failed: %1</source>
        <translation>Erneuerung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <source>expired: needs a new login</source>
        <translation>abgelaufen: neue Anmeldung nötig</translation>
    </message>
    <message numerus="yes">
        <source>needs a new login in %n day(s)</source>
        <translation>
            <numerusform>neue Anmeldung nötig in %n Tag</numerusform>
            <numerusform>neue Anmeldung nötig in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>expiry unknown</source>
        <translation>Ablauf unbekannt</translation>
    </message>
    <message>
        <source>renewed %1</source>
        <translation>erneuert %1</translation>
    </message>
    <message>
        <source>renews automatically</source>
        <translation>wird automatisch erneuert</translation>
    </message>
    <message>
        <source>The last renewal, %1, failed: %2</source>
        <translation>Die letzte Erneuerung (%1) ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Automatic renewal is off: switch on “Renew saved tokens automatically” in Settings, or use Renew now before the token expires.</source>
        <translation>Die automatische Erneuerung ist aus: Schalten Sie in den Einstellungen „Gespeicherte Token automatisch erneuern“ ein, oder verwenden Sie „Jetzt erneuern“, bevor das Token abläuft.</translation>
    </message>
    <message>
        <source>automatic renewal is off</source>
        <translation>automatische Erneuerung ist aus</translation>
    </message>
    <message>
        <source>automatic renewal is off: renew by hand before %1</source>
        <translation>automatische Erneuerung ist aus: vor dem %1 von Hand erneuern</translation>
    </message>
    <message>
        <source>renew before it expires</source>
        <translation>vor Ablauf erneuern</translation>
    </message>
    <message>
        <source>renew before %1</source>
        <translation>vor dem %1 erneuern</translation>
    </message>
</context>
<context>
    <name>RenewalTimer</name>
    <message>
        <source>Without the systemd timer, cron can renew instead: add this line with crontab -e.</source>
        <translation>Ohne den systemd-Timer kann cron die Erneuerung übernehmen: Fügen Sie diese Zeile mit crontab -e hinzu.</translation>
    </message>
    <message>
        <source>systemctl stopped unexpectedly.</source>
        <translation>systemctl wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>No systemd user manager is running (%1 could not be started).</source>
        <translation>Es läuft keine systemd-Benutzerinstanz (%1 konnte nicht gestartet werden).</translation>
    </message>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s).</source>
        <translation>
            <numerusform>systemctl hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>systemctl hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>systemctl exited with status %1</source>
        <translation>systemctl endete mit Status %1</translation>
    </message>
    <message>
        <source>No systemd user manager is running (%1).</source>
        <translation>Es läuft keine systemd-Benutzerinstanz (%1).</translation>
    </message>
    <message>
        <source>systemctl did not tell whether the timer is switched on (%1).</source>
        <translation>systemctl hat nicht mitgeteilt, ob der Timer eingeschaltet ist (%1).</translation>
    </message>
    <message>
        <source>The timer %1 is switched on but not running (%2): systemctl --user start %1 starts it.</source>
        <translation>Der Timer %1 ist eingeschaltet, läuft aber nicht (%2): systemctl --user start %1 startet ihn.</translation>
    </message>
    <message>
        <source>Saved tokens are renewed once a day by the systemd user timer %1.</source>
        <translation>Gespeicherte Token werden einmal täglich vom systemd-Benutzertimer %1 erneuert.</translation>
    </message>
    <message>
        <source>The timer %1 is masked: systemctl --user unmask %1 allows switching it on.</source>
        <translation>Der Timer %1 ist maskiert: Nach systemctl --user unmask %1 lässt er sich einschalten.</translation>
    </message>
    <message>
        <source>Saved tokens are not renewed automatically.</source>
        <translation>Gespeicherte Token werden nicht automatisch erneuert.</translation>
    </message>
    <message>
        <source>The timer %1 is not installed: it comes with LongLived&apos;s package.</source>
        <translation>Der Timer %1 ist nicht installiert: Er gehört zum Paket von LongLived.</translation>
    </message>
    <message>
        <source>Automatic renewal could not be switched on: %1</source>
        <translation>Die automatische Erneuerung konnte nicht eingeschaltet werden: %1</translation>
    </message>
    <message>
        <source>Automatic renewal could not be switched off: %1</source>
        <translation>Die automatische Erneuerung konnte nicht ausgeschaltet werden: %1</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>The last exchange failed. This is the token from before: it may not be saved yet.</source>
        <translation>Der letzte Tausch ist fehlgeschlagen. Dies ist das Token von vorher: Es ist vielleicht noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Pre&amp;vious token</source>
        <translation>&amp;Vorheriges Token</translation>
    </message>
    <message>
        <source>Previous token</source>
        <translation>Vorheriges Token</translation>
    </message>
    <message>
        <source>&amp;Copy previous token</source>
        <translation>Vorheriges Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Not recorded when it was saved</source>
        <translation>Beim Speichern nicht festgehalten</translation>
    </message>
    <message>
        <source>Lon&amp;g-lived token</source>
        <translation>&amp;Langlebiges Token</translation>
    </message>
    <message>
        <source>Long-lived token</source>
        <translation>Langlebiges Token</translation>
    </message>
    <message>
        <source>Appears here after the exchange</source>
        <translation>Erscheint hier nach dem Tausch</translation>
    </message>
    <message>
        <source>Token t&amp;ype</source>
        <translation>Token-T&amp;yp</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token-Typ</translation>
    </message>
    <message>
        <source>Expi&amp;res</source>
        <translation>Läuft a&amp;b</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the long-lived token; the clipboard is cleared after a while (%1)</source>
        <translation>Das langlebige Token kopieren; die Zwischenablage wird nach einer Weile geleert (%1)</translation>
    </message>
    <message>
        <source>Copied. The clipboard is not cleared automatically (see Settings).</source>
        <translation>Kopiert. Die Zwischenablage wird nicht automatisch geleert (siehe Einstellungen).</translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>Not stated by Meta</source>
        <translation>Von Meta nicht angegeben</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
</context>
<context>
    <name>SaveTokenWidget</name>
    <message>
        <source>Save previous token to keychain</source>
        <translation>Vorheriges Token im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>The name the token is saved under; saving under an existing name replaces that token</source>
        <translation>Der Name, unter dem das Token gespeichert wird; unter einem vorhandenen Namen zu speichern ersetzt dessen Token</translation>
    </message>
    <message>
        <source>Save to keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Also store the App Secret</source>
        <translation>Auch das App-Geheimnis speichern</translation>
    </message>
    <message>
        <source>Keep the App Secret in the keychain too, in its own entry (needed to exchange again or inspect tokens later)</source>
        <translation>Das App-Geheimnis ebenfalls im Schlüsselbund aufbewahren, in einem eigenen Eintrag (nötig, um später erneut zu tauschen oder Token zu prüfen)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Save the token in the OS keychain (%1)</source>
        <translation>Das Token im Schlüsselbund des Systems speichern (%1)</translation>
    </message>
    <message>
        <source>Replace saved token</source>
        <translation>Gespeichertes Token ersetzen</translation>
    </message>
    <message>
        <source>A saved token named “%1” already exists. Replace it with this one?</source>
        <translation>Ein gespeichertes Token namens „%1“ gibt es schon. Durch dieses ersetzen?</translation>
    </message>
    <message>
        <source>The token saved under this name will be overwritten in the keyring.</source>
        <translation>Das unter diesem Namen gespeicherte Token wird im Schlüsselbund überschrieben.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Saving “%1” in the keyring…</source>
        <translation>„%1“ wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved in the keyring as “%1”, with the App Secret.</source>
        <translation>Im Schlüsselbund als „%1“ gespeichert, mit dem App-Geheimnis.</translation>
    </message>
    <message>
        <source>Saved in the keyring as “%1”.</source>
        <translation>Im Schlüsselbund als „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>SavedTokensModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>No delivery targets: use “Delivery…” to add one.</source>
        <translation>Keine Zustellziele: Mit „Zustellung…“ fügen Sie eines hinzu.</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
</context>
<context>
    <name>SavedTokensView</name>
    <message>
        <source>Forget unfinished saves</source>
        <translation>Unvollständige Speicherungen vergessen</translation>
    </message>
    <message>
        <source>Delete from the keyring whatever these interrupted saves left there</source>
        <translation>Löscht aus dem Schlüsselbund, was diese unterbrochenen Speicherungen dort hinterlassen haben</translation>
    </message>
    <message>
        <source>Unfinished saves may have left entries in the keyring: %1</source>
        <translation>Unvollständige Speicherungen haben vielleicht Einträge im Schlüsselbund hinterlassen: %1</translation>
    </message>
    <message>
        <source>Saved tokens</source>
        <translation>Gespeicherte Token</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Delete the selected token (and its App Secret) from the keyring</source>
        <translation>Das ausgewählte Token (und sein App-Geheimnis) aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source>Opening “%1” from the keyring…</source>
        <translation>„%1“ wird aus dem Schlüsselbund geöffnet…</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>„%1“ geöffnet.</translation>
    </message>
    <message>
        <source>Forget saved token</source>
        <translation>Gespeichertes Token vergessen</translation>
    </message>
    <message>
        <source>Forget “%1”?</source>
        <translation>„%1“ vergessen?</translation>
    </message>
    <message>
        <source>Its token and the App Secret saved with it will be deleted from the keyring. This cannot be undone.</source>
        <translation>Sein Token und das damit gespeicherte App-Geheimnis werden aus dem Schlüsselbund gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Its token will be deleted from the keyring. This cannot be undone.</source>
        <translation>Sein Token wird aus dem Schlüsselbund gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Forgetting “%1”…</source>
        <translation>„%1“ wird vergessen…</translation>
    </message>
    <message>
        <source>Forgot “%1”: its keychain entries were deleted.</source>
        <translation>„%1“ vergessen: Seine Einträge im Schlüsselbund wurden gelöscht.</translation>
    </message>
    <message>
        <source>Saving “%1” in the keyring…</source>
        <translation>„%1“ wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saved “%1” in the keyring.</source>
        <translation>„%1“ im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No saved tokens yet. After an exchange, use “Save to keychain”.</source>
        <translation>Noch keine gespeicherten Token. Verwenden Sie nach einem Tausch „Im Schlüsselbund speichern“.</translation>
    </message>
    <message>
        <source>Renew now</source>
        <translation>Jetzt erneuern</translation>
    </message>
    <message>
        <source>Delivery…</source>
        <translation>Zustellung…</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 verbergen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>Could not read standard input.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is far too large to hold a secret.</source>
        <translation>%1 ist viel zu groß für ein Geheimnis.</translation>
    </message>
    <message>
        <source>Standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>Standard input was empty.</source>
        <translation>Die Standardeingabe war leer.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;API version</source>
        <translation>&amp;API-Version</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Empty: the unversioned API</source>
        <translation>Leer: die API ohne Version</translation>
    </message>
    <message>
        <source>Clip&amp;board</source>
        <translation>Zwischen&amp;ablage</translation>
    </message>
    <message>
        <source>Clear a copied token after</source>
        <translation>Ein kopiertes Token leeren nach</translation>
    </message>
    <message>
        <source>Seconds before the clipboard is cleared</source>
        <translation>Sekunden, bis die Zwischenablage geleert wird</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Unchecked: the token stays on the clipboard until you copy something else or quit LongLived.</source>
        <translation>Nicht angehakt: Das Token bleibt in der Zwischenablage, bis Sie etwas anderes kopieren oder LongLived beenden.</translation>
    </message>
    <message>
        <source>Meta&apos;s Graph API version, such as %1 (the default).</source>
        <translation>Version der Graph API von Meta, etwa %1 (die Vorgabe).</translation>
    </message>
    <message>
        <source>Re&amp;newal</source>
        <translation>&amp;Erneuerung</translation>
    </message>
    <message>
        <source>Renew saved tokens automatically</source>
        <translation>Gespeicherte Token automatisch erneuern</translation>
    </message>
    <message>
        <source>C&amp;rontab line</source>
        <translation>C&amp;rontab-Zeile</translation>
    </message>
    <message>
        <source>Crontab line</source>
        <translation>Crontab-Zeile</translation>
    </message>
    <message>
        <source>Asking systemd whether saved tokens are renewed automatically…</source>
        <translation>systemd wird gefragt, ob gespeicherte Token automatisch erneuert werden…</translation>
    </message>
    <message>
        <source>Switching automatic renewal on…</source>
        <translation>Die automatische Erneuerung wird eingeschaltet…</translation>
    </message>
    <message>
        <source>Switching automatic renewal off…</source>
        <translation>Die automatische Erneuerung wird ausgeschaltet…</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message>
        <source>Refresh</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>I&amp;nspect</source>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <source>P&amp;ages</source>
        <translation>Seit&amp;en</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Get a new long-lived token that lasts 60 days from now (%1). Threads and Instagram only. Works for a long-lived token that is at least 24 hours old and has not expired; a token not refreshed within its 60 days is gone for good, and you must log in again.</source>
        <translation>Ein neues langlebiges Token holen, das ab jetzt 60 Tage gilt (%1). Nur Threads und Instagram. Geht für ein langlebiges Token, das mindestens 24 Stunden alt und nicht abgelaufen ist; ein Token, das nicht binnen seiner 60 Tage erneuert wird, ist endgültig verloren, und Sie müssen sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Ask Meta&apos;s debug_token about the token: valid or not, type, app, user, scopes and expiry (%1). Needs the App ID and App Secret.</source>
        <translation>debug_token von Meta zum Token befragen: gültig oder nicht, Typ, App, Benutzer, Berechtigungen und Ablauf (%1). Braucht die App-ID und das App-Geheimnis.</translation>
    </message>
    <message>
        <source>List the Facebook Pages this user token manages, with a Page token for each; from a long-lived user token, Page tokens do not expire.</source>
        <translation>Die Facebook-Seiten auflisten, die dieses Benutzertoken verwaltet, mit einem Seitentoken für jede; von einem langlebigen Benutzertoken laufen die Seitentokens nicht ab.</translation>
    </message>
    <message>
        <source>Check that the token works: ask Meta whom it belongs to.</source>
        <translation>Prüfen, ob das Token funktioniert: Meta fragen, wem es gehört.</translation>
    </message>
    <message>
        <source>Stop the running request (%1)</source>
        <translation>Die laufende Anfrage abbrechen (%1)</translation>
    </message>
    <message>
        <source>Reading the App Secret saved with “%1” from the keyring…</source>
        <translation>Das mit „%1“ gespeicherte App-Geheimnis wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Refreshing the %1 token with Meta…</source>
        <translation>Das %1-Token wird bei Meta erneuert…</translation>
    </message>
    <message>
        <source>This token can no longer be refreshed: log in again to get a new short-lived token, then exchange it. (A token not refreshed within its 60 days cannot be brought back.)</source>
        <translation>Dieses Token lässt sich nicht mehr erneuern: Melden Sie sich erneut an, um ein neues kurzlebiges Token zu erhalten, und tauschen Sie es dann. (Ein Token, das nicht binnen seiner 60 Tage erneuert wurde, lässt sich nicht zurückholen.)</translation>
    </message>
    <message>
        <source>Only a long-lived token that is at least 24 hours old and has not expired can be refreshed.</source>
        <translation>Nur ein langlebiges Token, das mindestens 24 Stunden alt und nicht abgelaufen ist, lässt sich erneuern.</translation>
    </message>
    <message>
        <source>Asking Meta&apos;s debug_token about the token…</source>
        <translation>debug_token von Meta wird zum Token befragt…</translation>
    </message>
    <message>
        <source>Inspect needs the App ID and App Secret of the %1 app this token belongs to: enter them in the form above, then try again.</source>
        <translation>Zum Prüfen braucht es die App-ID und das App-Geheimnis der %1-App, zu der dieses Token gehört: Geben Sie sie oben im Formular ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Inspect needs the App ID and App Secret of the %1 app this token belongs to: choose %1 in the form above and enter them, then try again.</source>
        <translation>Zum Prüfen braucht es die App-ID und das App-Geheimnis der %1-App, zu der dieses Token gehört: Wählen Sie oben im Formular %1, geben Sie sie ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The App Secret saved with this token could not be read: %1</source>
        <translation>Das mit diesem Token gespeicherte App-Geheimnis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Meta says the token is valid; the details are in the Inspect window.</source>
        <translation>Laut Meta ist das Token gültig; die Details stehen im Fenster „Prüfen“.</translation>
    </message>
    <message>
        <source>Meta says the token is not valid: %1</source>
        <translation>Laut Meta ist das Token nicht gültig: %1</translation>
    </message>
    <message>
        <source>no reason given.</source>
        <translation>kein Grund angegeben.</translation>
    </message>
    <message>
        <source>Listing the Pages of this user token…</source>
        <translation>Die Seiten dieses Benutzertokens werden aufgelistet…</translation>
    </message>
    <message>
        <source>Meta listed no Pages for this token. Its user must manage a Page, and the token needs the pages_show_list permission.</source>
        <translation>Meta hat für dieses Token keine Seiten aufgelistet. Sein Benutzer muss eine Seite verwalten, und das Token braucht die Berechtigung pages_show_list.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n Page(s); their tokens are in the Pages window.</source>
        <translation>
            <numerusform>%n Seite gefunden; ihr Token steht im Fenster „Seiten“.</numerusform>
            <numerusform>%n Seiten gefunden; ihre Token stehen im Fenster „Seiten“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking Meta whom the token belongs to…</source>
        <translation>Meta wird gefragt, wem das Token gehört…</translation>
    </message>
    <message>
        <source>The token works. Belongs to the account with ID %1.</source>
        <translation>Das Token funktioniert. Es gehört dem Konto mit der ID %1.</translation>
    </message>
    <message>
        <source>The token works. Belongs to %1 (ID %2).</source>
        <translation>Das Token funktioniert. Es gehört %1 (ID %2).</translation>
    </message>
</context>
<context>
    <name>TokenInfoDialog</name>
    <message>
        <source>Inspect token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <source>&amp;Valid</source>
        <translation>&amp;Gültig</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>&amp;App</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Scopes</source>
        <translation>Be&amp;rechtigungen</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Issued</source>
        <translation>Au&amp;sgestellt</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>&amp;Expires</source>
        <translation>&amp;Läuft ab</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>&amp;Data access expires</source>
        <translation>&amp;Datenzugriff endet</translation>
    </message>
    <message>
        <source>Data access expires</source>
        <translation>Datenzugriff endet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>absolute time (relative time)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inspect %1 token</source>
        <translation>%1-Token prüfen</translation>
    </message>
    <message>
        <source>What Meta&apos;s debug_token says about the token in the result view:</source>
        <translation>Was debug_token von Meta über das Token in der Ergebnisansicht sagt:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <comment>app name (app ID)</comment>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>Keine angegeben</translation>
    </message>
    <message>
        <source>%1: only for %2</source>
        <comment>scope: only for object IDs</comment>
        <translation>%1: nur für %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Meta gave no reason. Get a new token and exchange it again.</source>
        <translation>Meta hat keinen Grund genannt. Holen Sie ein neues Token und tauschen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>Facebook user tokens cannot be refreshed; exchange a new short-lived token.</source>
        <translation>Facebook-Benutzertoken lassen sich nicht erneuern; tauschen Sie ein neues kurzlebiges Token.</translation>
    </message>
    <message>
        <source>%1 tokens cannot be inspected: Meta offers no debug_token for them. Use Verify to check that the token works.</source>
        <translation>%1-Token lassen sich nicht prüfen: Meta bietet für sie kein debug_token an. Prüfen Sie mit „Überprüfen“, ob das Token funktioniert.</translation>
    </message>
    <message>
        <source>Inspecting a token needs the App ID and App Secret of the app it belongs to.</source>
        <translation>Um ein Token zu prüfen, braucht es die App-ID und das App-Geheimnis der App, zu der es gehört.</translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>Die Einstellungsdatei %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>SSL_CERT_FILE (%1) holds no readable PEM certificate.</source>
        <translation>SSL_CERT_FILE (%1) enthält kein lesbares PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>SSL_CERT_DIR (%1) holds no readable PEM certificate.</source>
        <translation>SSL_CERT_DIR (%1) enthält kein lesbares PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>No keyring service is running.</source>
        <translation>Kein Schlüsselbund-Dienst läuft.</translation>
    </message>
    <message>
        <source>The keyring is locked (or not set up) and was not unlocked.</source>
        <translation>Der Schlüsselbund ist gesperrt (oder nicht eingerichtet) und wurde nicht entsperrt.</translation>
    </message>
    <message>
        <source>Access to the keyring was canceled.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The keyring did not answer within %1 milliseconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Millisekunden geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keyring has no saved token for this profile.</source>
        <translation>Der Schlüsselbund hat kein gespeichertes Token für dieses Profil.</translation>
    </message>
    <message>
        <source>A profile needs a name and a token.</source>
        <translation>Ein Profil braucht einen Namen und ein Token.</translation>
    </message>
    <message>
        <source>The keyring reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Install and start GNOME Keyring or KWallet (any Secret Service provider), then try again. Nothing was written in plain text.</source>
        <translation>Installieren und starten Sie GNOME Schlüsselbund oder KWallet (einen beliebigen Secret-Service-Anbieter) und versuchen Sie es dann erneut. Nichts wurde im Klartext geschrieben.</translation>
    </message>
    <message>
        <source>Unlock it (log in again, or use your keyring manager such as Seahorse or KWalletManager), then try again.</source>
        <translation>Entsperren Sie ihn (melden Sie sich erneut an oder verwenden Sie Ihre Schlüsselbundverwaltung wie Seahorse oder KWalletManager) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try again, and allow access when the keyring asks.</source>
        <translation>Versuchen Sie es erneut und erlauben Sie den Zugriff, wenn der Schlüsselbund fragt.</translation>
    </message>
    <message>
        <source>It may be waiting for an unlock prompt that cannot be shown. Unlock the keyring, or restart its service, then try again.</source>
        <translation>Er wartet vielleicht auf eine Entsperrabfrage, die nicht angezeigt werden kann. Entsperren Sie den Schlüsselbund oder starten Sie seinen Dienst neu und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>It may have been deleted with another tool, or the keyring is locked. Unlock the keyring and try again, or forget this profile and save the token again.</source>
        <translation>Es wurde vielleicht mit einem anderen Werkzeug gelöscht, oder der Schlüsselbund ist gesperrt. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder vergessen Sie dieses Profil und speichern Sie das Token erneut.</translation>
    </message>
    <message>
        <source>Enter a profile name; a token is saved only after an exchange.</source>
        <translation>Geben Sie einen Profilnamen ein; ein Token wird erst nach einem Tausch gespeichert.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, check that your keyring service works (for example with Seahorse or secret-tool).</source>
        <translation>Versuchen Sie es erneut; wenn es weiter fehlschlägt, prüfen Sie, ob Ihr Schlüsselbund-Dienst funktioniert (zum Beispiel mit Seahorse oder secret-tool).</translation>
    </message>
    <message>
        <source>The keyring says: %1</source>
        <translation>Der Schlüsselbund sagt: %1</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Ask the platform whom a token belongs to (proof that it works).</source>
        <translation>Die Plattform fragen, wem ein Token gehört (Beweis, dass es funktioniert).</translation>
    </message>
    <message>
        <source>Read the App Secret from PATH (- = stdin) to send appsecret_proof (needed when the app requires it). Default: $LONGLIVED_APP_SECRET; optional, never prompted for.</source>
        <translation>Das App-Geheimnis aus PATH lesen (- = stdin), um appsecret_proof zu senden (nötig, wenn die App es verlangt). Vorgabe: $LONGLIVED_APP_SECRET; optional, es wird nie danach gefragt.</translation>
    </message>
    <message>
        <source>Read the token to verify from PATH (- = stdin). Default: $LONGLIVED_TOKEN, else a prompt on a terminal.</source>
        <translation>Das zu überprüfende Token aus PATH lesen (- = stdin). Vorgabe: $LONGLIVED_TOKEN, sonst eine Abfrage im Terminal.</translation>
    </message>
    <message>
        <source>Output: whom the token belongs to on stdout, &quot;NAME (ID ID)&quot;; with --json
{platform, id, user_id, name, username} (absent values are null; user_id is Instagram&apos;s
professional account ID). Exit 0 when the token works, 1 when Meta rejects it.
</source>
        <translation>Ausgabe: wem das Token gehört, auf stdout, &quot;NAME (ID ID)&quot;; mit --json
{platform, id, user_id, name, username} (fehlende Werte sind null; user_id ist die ID des
professionellen Instagram-Kontos). Exit-Status 0, wenn das Token funktioniert, 1, wenn Meta es ablehnt.
</translation>
    </message>
    <message>
        <source>The platform cannot be told from the token&apos;s prefix (EAA, TH, IG). Pass --platform facebook, threads or instagram.</source>
        <translation>Die Plattform lässt sich am Präfix des Tokens (EAA, TH, IG) nicht erkennen. Geben Sie --platform facebook, threads oder instagram an.</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>The %1 token works.</source>
        <translation>Das %1-Token funktioniert.</translation>
    </message>
</context>
</TS>
