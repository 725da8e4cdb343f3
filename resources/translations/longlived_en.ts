<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchRunner</name>
    <message numerus="yes">
        <source>Interrupted: %n line(s) had their record written; resume after the last record&apos;s line.</source>
        <translation>
            <numerusform>Interrupted: %n line had its record written; resume after the last record&apos;s line.</numerusform>
            <numerusform>Interrupted: %n lines had their record written; resume after the last record&apos;s line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliverCommand</name>
    <message numerus="yes">
        <source>%n delivery target(s).</source>
        <translation>
            <numerusform>%n delivery target.</numerusform>
            <numerusform>%n delivery targets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliveryStatusText</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message numerus="yes">
        <source>The desktop notification service did not answer within %n second(s).</source>
        <translation>
            <numerusform>The desktop notification service did not answer within %n second.</numerusform>
            <numerusform>The desktop notification service did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiryFormatter</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>expired %n day ago</numerusform>
            <numerusform>expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n hour(s) ago</source>
        <translation>
            <numerusform>expired %n hour ago</numerusform>
            <numerusform>expired %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired %n minute(s) ago</source>
        <translation>
            <numerusform>expired %n minute ago</numerusform>
            <numerusform>expired %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Wait %n second and try again.</numerusform>
            <numerusform>Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainCommand</name>
    <message numerus="yes">
        <source>%n saved token(s).</source>
        <translation>
            <numerusform>%n saved token.</numerusform>
            <numerusform>%n saved tokens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifetimeBar</name>
    <message numerus="yes">
        <source>%n day(s) left of 60</source>
        <translation>
            <numerusform>%n day left of 60</numerusform>
            <numerusform>%n days left of 60</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) left of 60 days</source>
        <translation>
            <numerusform>%n hour left of 60 days</numerusform>
            <numerusform>%n hours left of 60 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message numerus="yes">
        <source>Only the first %n Page(s) are listed; Meta announced more.</source>
        <translation>
            <numerusform>Only the first Page is listed; Meta announced more.</numerusform>
            <numerusform>Only the first %n Pages are listed; Meta announced more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagesCommand</name>
    <message numerus="yes">
        <source>%n Page(s).</source>
        <translation>
            <numerusform>%n Page.</numerusform>
            <numerusform>%n Pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PagesDialog</name>
    <message numerus="yes">
        <source>%n Page(s) and their tokens</source>
        <translation>
            <numerusform>%n Page and its token</numerusform>
            <numerusform>%n Pages and their tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the token of “%1”; the clipboard clears in %n s.</source>
        <translation>
            <numerusform>Copied the token of “%1”; the clipboard clears in %n s.</numerusform>
            <numerusform>Copied the token of “%1”; the clipboard clears in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewalDecision</name>
    <message numerus="yes">
        <source>Not due: %n day(s) left.</source>
        <translation>
            <numerusform>Not due: %n day left.</numerusform>
            <numerusform>Not due: %n days left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is renewed when %n day(s) or fewer remain.</source>
        <translation>
            <numerusform>It is renewed when %n day or less remains.</numerusform>
            <numerusform>It is renewed when %n days or fewer remain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due: expires in %n day(s).</source>
        <translation>
            <numerusform>Due: expires in %n day.</numerusform>
            <numerusform>Due: expires in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs a new login: expires in %n day(s), and Facebook user tokens cannot be refreshed. Exchange a new short-lived token and save it over this profile.</source>
        <translation>
            <numerusform>Needs a new login: expires in %n day, and Facebook user tokens cannot be refreshed. Exchange a new short-lived token and save it over this profile.</numerusform>
            <numerusform>Needs a new login: expires in %n days, and Facebook user tokens cannot be refreshed. Exchange a new short-lived token and save it over this profile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago: log in again and exchange a new short-lived token.</source>
        <translation>
            <numerusform>Expired %n day ago: log in again and exchange a new short-lived token.</numerusform>
            <numerusform>Expired %n days ago: log in again and exchange a new short-lived token.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewalStatusText</name>
    <message numerus="yes">
        <source>needs a new login in %n day(s)</source>
        <translation>
            <numerusform>needs a new login in %n day</numerusform>
            <numerusform>needs a new login in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenewalTimer</name>
    <message numerus="yes">
        <source>systemctl did not answer within %n second(s).</source>
        <translation>
            <numerusform>systemctl did not answer within %n second.</numerusform>
            <numerusform>systemctl did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenActions</name>
    <message numerus="yes">
        <source>Found %n Page(s); their tokens are in the Pages window.</source>
        <translation>
            <numerusform>Found %n Page; its token is in the Pages window.</numerusform>
            <numerusform>Found %n Pages; their tokens are in the Pages window.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultError</name>
    <message numerus="yes">
        <source>The keyring did not answer within %n second(s).</source>
        <translation>
            <numerusform>The keyring did not answer within %n second.</numerusform>
            <numerusform>The keyring did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
