<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExchangeForm</name>
    <message>
        <source>Paste your app&apos;s ID and secret and a short-lived user token. LongLived exchanges it with Meta for a long-lived token, valid for about 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits, from the top of your app&apos;s dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &amp;Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Settings › Basic in your app&apos;s dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short-&amp;lived token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short-lived token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAA…, for example from the Graph API Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange the short-lived token for a long-lived one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the exchange (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryFormatter</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>expired just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>date at time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>absolute expiry (relative expiry)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown — Meta did not say when this token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never — Meta says this token does not expire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name could not be found (DNS lookup failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection (TLS) failed: the server&apos;s certificate was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was cut off before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server failed or refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send secrets over an unencrypted http:// connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is not possible for this token or platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with something that is not Meta&apos;s JSON (HTTP %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was empty or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was far larger than any token response; it was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s answer did not contain the expected access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App ID was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App Secret was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is invalid or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was invalidated: the user logged out or revoked access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is no longer valid because the password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user removed this app from their account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs attention on Facebook (checkpoint or unconfirmed user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s rate limit was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reported a temporary problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required permission is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta did not accept this request (wrong object, method or API version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app&apos;s ID and secret do not belong to this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address (LONGLIVED_GRAPH_URL and the proxy settings) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your internet connection and DNS settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system date and any proxy that intercepts HTTPS. LongLived never ignores certificate errors, because your App Secret travels in this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your connection and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system proxy settings (or https_proxy / no_proxy) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// address; plain http:// is only allowed for 127.0.0.1 and localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or gateway may be in the way. Check the server address and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it persists, inspect the token&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the App ID in your app&apos;s dashboard. Threads and Instagram apps have their own App ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the App Secret again from your app&apos;s Settings › Basic. Threads and Instagram apps have their own secret, different from the Facebook app&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new short-lived token (for example in the Graph API Explorer) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expired token can no longer be exchanged or refreshed: log in again to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize the app again to get a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again to get a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in on facebook.com and follow the instructions there, then get a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the missing permission to the app again, then get a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the platform and the API version in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Threads app&apos;s own App ID and App Secret (Use cases › Threads API in the dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Meta&apos;s message above; if it persists, contact Meta support with the trace ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace ID for Meta support: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputValidator</name>
    <message>
        <source>Enter the App ID from your app&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App ID has digits only (find it at the top of your app&apos;s dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App ID is too long: Meta&apos;s App IDs have about 16 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the App Secret (Settings › Basic in your app&apos;s dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App Secret cannot contain spaces or line breaks: copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token cannot contain spaces or line breaks: it was probably cut while copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token contains characters that access tokens never have: copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API version looks like v25.0 (or leave it empty for the unversioned API).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifetimeBar</name>
    <message>
        <source>Remaining lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left of 60</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left of 60 days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Less than an hour left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exchange a short-lived token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LongLived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the token with Meta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: your long-lived token is ready below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: your long-lived token is ready below. Meta did not say when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LongLived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LongLived %1&lt;/h3&gt;&lt;p&gt;Exchanges Meta short-lived access tokens for long-lived ones.&lt;/p&gt;&lt;p&gt;Your App Secret and tokens go only to Meta, and are never written to the settings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <source>The user token is short-lived, so these Page tokens are short-lived too. Exchange it for a long-lived token first, then list the Pages again to get Page tokens that do not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n Page(s) are listed; Meta announced more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagesJob</name>
    <message>
        <source>Meta&apos;s answer pointed to the next page of results on another server (%1). LongLived did not follow it, so your token was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a %1 token, but %2 is selected. A token only works on its own platform: choose %1, or check the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Lon&amp;g-lived token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-lived token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears here after the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token t&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expi&amp;res</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the long-lived token; the clipboard is cleared after a while (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. The clipboard is not cleared automatically (see Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated by Meta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the unversioned API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a copied token after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds before the clipboard is cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: the token stays on the clipboard until you copy something else or quit LongLived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s Graph API version, such as %1 (the default).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <source>Facebook user tokens cannot be refreshed; exchange a new short-lived token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens cannot be inspected: Meta offers no debug_token for them. Use Verify to check that the token works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting a token needs the App ID and App Secret of the app it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenVault</name>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message>
        <source>No keyring service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked (or not set up) and was not unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keyring was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not answer within %1 milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The keyring has no saved token for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name and a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and start GNOME Keyring or KWallet (any Secret Service provider), then try again. Nothing was written in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it (log in again, or use your keyring manager such as Seahorse or KWalletManager), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again, and allow access when the keyring asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be waiting for an unlock prompt that cannot be shown. Unlock the keyring, or restart its service, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have been deleted with another tool, or the keyring is locked. Unlock the keyring and try again, or forget this profile and save the token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a profile name; a token is saved only after an exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, check that your keyring service works (for example with Seahorse or secret-tool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
