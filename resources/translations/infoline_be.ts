<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="390"/>
        <source>About Infoline Desk</source>
        <translation>Пра праграму Infoline Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="464"/>
        <source>Infoline Desk %1</source>
        <translation>Infoline Desk %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="467"/>
        <source>The records of the safe-migration and anti-trafficking infoline: contacts, crisis and assistance cases, quality reviews and statistics. Works without a network; every file it writes is encrypted.</source>
        <translation>Улік зваротаў на лінію па бяспечнай міграцыі і супрацьдзеянні гандлю людзьмі: звароты, крызісныя выпадкі і выпадкі суправаджэння, ацэнка якасці і статыстыка. Працуе без сеткі; усе файлы, якія праграма запісвае, зашыфраваныя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="470"/>
        <source>&amp;Data folder:</source>
        <translation>Папка &amp;даных:</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="470"/>
        <source>D&amp;atabase:</source>
        <translation>&amp;База даных:</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="471"/>
        <source>&amp;Backups:</source>
        <translation>&amp;Рэзервовыя копіі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="471"/>
        <source>&amp;Logs:</source>
        <translation>&amp;Журналы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="472"/>
        <source>L&amp;icences:</source>
        <translation>&amp;Ліцэнзіі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="475"/>
        <source>Folders</source>
        <translation>Папкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="476"/>
        <source>Licences</source>
        <translation>Ліцэнзіі</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="477"/>
        <source>Self-test</source>
        <translation>Самаправерка</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="479"/>
        <source>Checks that this installation works: encryption of the database and its keys, the database updates, the translations, Cyrillic in PDF files, spreadsheets and the display. Nothing of your data is touched.</source>
        <translation>Правярае, што гэтая ўстаноўка працуе: шыфраванне базы даных і ключоў, абнаўленні базы даных, пераклады, кірыліцу ў PDF-файлах, электронныя табліцы і вывад на экран. Вашы даныя не закранаюцца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="482"/>
        <source>&amp;Run the self-test</source>
        <translation>&amp;Запусціць самаправерку</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="485"/>
        <source>Database encryption (SQLCipher)</source>
        <translation>Шыфраванне базы даных (SQLCipher)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="486"/>
        <source>Password keys and file encryption (argon2, AES-GCM)</source>
        <translation>Ключы пароляў і шыфраванне файлаў (argon2, AES-GCM)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="488"/>
        <source>Database updates (migrations)</source>
        <translation>Абнаўленні базы даных (міграцыі)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="489"/>
        <source>Translations</source>
        <translation>Пераклады</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="490"/>
        <source>Cyrillic in PDF files</source>
        <translation>Кірыліца ў PDF-файлах</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="491"/>
        <source>Spreadsheets (XLSX)</source>
        <translation>Электронныя табліцы (XLSX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="492"/>
        <source>Word documents (DOCX)</source>
        <translation>Дакументы Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="493"/>
        <source>Display (Qt platform plugin)</source>
        <translation>Вывад на экран (модуль платформы Qt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="530"/>
        <source>Checking…</source>
        <translation>Праверка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="546"/>
        <source>Failed: %1 of %2 checks. Tell your administrator what the list says.</source>
        <translation>Не пройдзена: %1 з %2 праверак. Паведаміце адміністратару, што напісана ў спісе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="549"/>
        <source>All checks passed (%1 of %1).</source>
        <translation>Усе праверкі пройдзены (%1 з %1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="555"/>
        <source>The self-test could not run: %1</source>
        <translation>Самаправерку не ўдалося запусціць: %1</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="63"/>
        <source>New account</source>
        <translation>Новы ўліковы запіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="73"/>
        <source>The person chooses their own password at the first login</source>
        <translation>Супрацоўнік выбера свой пароль пры першым уваходзе</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="78"/>
        <source>&amp;User name:</source>
        <translation>&amp;Імя карыстальніка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="79"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Прозвішча і імя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="80"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роля:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="81"/>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="82"/>
        <source>Password a&amp;gain:</source>
        <translation>Пароль &amp;яшчэ раз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="87"/>
        <source>Create the account</source>
        <translation>Стварыць уліковы запіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="88"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="240"/>
        <source>Accounts</source>
        <translation>Уліковыя запісы</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="242"/>
        <source>Each person logs in with their own account; the role decides what they see and may do. A new account gets a temporary password, which its owner replaces at the first login. A deactivated account can no longer log in; its records keep the name.</source>
        <translation>Кожны супрацоўнік уваходзіць пад сваім уліковым запісам; роля вызначае, што ён бачыць і можа рабіць. Новы ўліковы запіс атрымлівае часовы пароль, які ўладальнік замяняе пры першым уваходзе. Адключаны ўліковы запіс больш не можа ўвайсці; яго запісы захоўваюць імя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="247"/>
        <source>Full name</source>
        <translation>Прозвішча і імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="247"/>
        <source>User name</source>
        <translation>Імя карыстальніка</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="247"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="247"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="248"/>
        <source>Last login</source>
        <translation>Апошні ўваход</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="249"/>
        <source>&amp;New account… (Ins)</source>
        <translation>&amp;Новы ўліковы запіс… (Ins)</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="250"/>
        <source>Change &amp;role…</source>
        <translation>Змяніць &amp;ролю…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="251"/>
        <source>Reset pass&amp;word…</source>
        <translation>Скінуць &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="252"/>
        <source>New re&amp;covery code…</source>
        <translation>Новы &amp;код аднаўлення…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="254"/>
        <source>The old recovery code stops working; the new one is shown once</source>
        <translation>Стары код аднаўлення перастане дзейнічаць; новы будзе паказаны адзін раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="261"/>
        <source>deactivated</source>
        <translation>адключаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="263"/>
        <source>locked until %1</source>
        <translation>заблакаваны да %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="266"/>
        <source>no password yet</source>
        <translation>пароля яшчэ няма</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="268"/>
        <source>active, must choose a password</source>
        <translation>актыўны, трэба выбраць пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="269"/>
        <source>active</source>
        <translation>актыўны</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="302"/>
        <source>Re&amp;activate…</source>
        <translation>&amp;Уключыць зноў…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="303"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Адключыць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="308"/>
        <source>Not changed</source>
        <translation>Не зменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="334"/>
        <source>Reset the password</source>
        <translation>Скід пароля</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="335"/>
        <source>A new password for %1 (%2). Tell it to them in person; it also ends a lockout.</source>
        <translation>Новы пароль для %1 (%2). Паведаміце яго асабіста; ён таксама здымае блакаванне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="348"/>
        <source>Deactivate the account?</source>
        <translation>Адключыць уліковы запіс?</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="349"/>
        <source>%1 (%2) will no longer be able to log in. Their records keep their name.</source>
        <translation>%1 (%2) больш не зможа ўвайсці. Запісы супрацоўніка захаваюць яго імя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="360"/>
        <source>Reactivate the account</source>
        <translation>Уключыць уліковы запіс зноў</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="361"/>
        <source>%1 (%2) can log in again with this password.</source>
        <translation>%1 (%2) зноў зможа ўвайсці з гэтым паролем.</translation>
    </message>
</context>
<context>
    <name>AddPeerDialog</name>
    <message>
        <location filename="../../app/ui/sync/page.py" line="120"/>
        <source>Add a partner</source>
        <translation>Дадаць партнёра</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="128"/>
        <source>Call the partner and ask them to read their fingerprint aloud (Sync page, or infoline site-key). Add the partner only if every group matches.</source>
        <translation>Патэлефануйце партнёру і папрасіце прачытаць уголас яго адбітак (старонка «Сінхранізацыя» або infoline site-key). Дадавайце партнёра, толькі калі супадае кожная група.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="132"/>
        <source>The partner read me the same &amp;fingerprint</source>
        <translation>Партнёр прачытаў мне той жа &amp;адбітак</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="134"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="137"/>
        <source>Site:</source>
        <translation>Вузел:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="138"/>
        <source>Organisation:</source>
        <translation>Арганізацыя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="139"/>
        <source>Fingerprint:</source>
        <translation>Адбітак:</translation>
    </message>
</context>
<context>
    <name>AgencyCheckDialog</name>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="109"/>
        <source>Is the agency licensed?</source>
        <translation>Ці ёсць у агенцтва ліцэнзія?</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="113"/>
        <source>Part of the name, УНП or licence number</source>
        <translation>Частка назвы, УНП або нумара ліцэнзіі</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="114"/>
        <source>Agency to check</source>
        <translation>Агенцтва для праверкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="124"/>
        <source>Agencies found</source>
        <translation>Знойдзеныя агенцтвы</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="126"/>
        <source>Record the answer (Enter)</source>
        <translation>Запісаць адказ (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="128"/>
        <source>Close (Esc)</source>
        <translation>Закрыць (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="151"/>
        <source>Type part of the agency&apos;s name or number.</source>
        <translation>Увядзіце частку назвы або нумара агенцтва.</translation>
    </message>
</context>
<context>
    <name>AlertLabel</name>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="396"/>
        <source>Named by several callers in the last 30 days: %1</source>
        <translation>Названыя некалькімі абанентамі за апошнія 30 дзён: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="397"/>
        <source>%1 (%2 contacts)</source>
        <translation>%1 (зваротаў: %2)</translation>
    </message>
</context>
<context>
    <name>ArticleHistoryDialog</name>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="69"/>
        <source>History of the article</source>
        <translation>Гісторыя артыкула</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="76"/>
        <source>%1, revision %2: %3 (%4)</source>
        <translation>%1, рэдакцыя %2: %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="91"/>
        <source>written</source>
        <translation>напісаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="91"/>
        <source>changed</source>
        <translation>зменены</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="92"/>
        <source>approved</source>
        <translation>ухвалены</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="92"/>
        <source>withdrawn</source>
        <translation>адкліканы</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="93"/>
        <source>reviewed</source>
        <translation>правераны</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="93"/>
        <source>removed</source>
        <translation>выдалены</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="94"/>
        <source>imported</source>
        <translation>імпартаваны</translation>
    </message>
</context>
<context>
    <name>AssistancePage</name>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="45"/>
        <source>&amp;Show:</source>
        <translation>&amp;Паказаць:</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="65"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="72"/>
        <source>&amp;Find:</source>
        <translation>Зна&amp;йсці:</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="82"/>
        <source>Number, name or phone</source>
        <translation>Нумар, імя або тэлефон</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="121"/>
        <source>&amp;New case…</source>
        <translation>Н&amp;овы выпадак…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="124"/>
        <source>Open a new assistance case (Ctrl+N)</source>
        <translation>Адкрыць новы выпадак суправаджэння (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="164"/>
        <source>Change stat&amp;us…</source>
        <translation>З&amp;мяніць статус…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="187"/>
        <source>&amp;Print summary…</source>
        <translation>&amp;Раздрукаваць зводку…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="190"/>
        <source>The case summary as a PDF (Ctrl+P)</source>
        <translation>Зводка па выпадку ў PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="197"/>
        <source>Re&amp;dacted PDF…</source>
        <translation>А&amp;бязлічаны PDF…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="200"/>
        <source>A summary without names, phone numbers, addresses and dates of birth, for sharing (Ctrl+Shift+P)</source>
        <translation>Зводка без імёнаў, тэлефонаў, адрасоў і дат нараджэння — для перадачы іншым (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="217"/>
        <source>Client</source>
        <translation>Кліент</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="239"/>
        <source>Relatives involved</source>
        <translation>Сваякі, звязаныя з выпадкам</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="265"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="270"/>
        <source>Relation</source>
        <translation>Кім даводзіцца</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="275"/>
        <source>Phone</source>
        <translation>Тэлефон</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="280"/>
        <location filename="../../app/forms/assistance_page.ui" line="411"/>
        <location filename="../../app/forms/assistance_page.ui" line="511"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="306"/>
        <source>&amp;Edit client…</source>
        <translation>&amp;Змяніць даныя кліента…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="316"/>
        <source>Trafficking</source>
        <translation>Гандаль людзьмі</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="356"/>
        <source>&amp;Edit trafficking details…</source>
        <translation>&amp;Змяніць звесткі пра гандаль людзьмі…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="366"/>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="391"/>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="396"/>
        <source>With whom</source>
        <translation>Каму</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="401"/>
        <source>Given</source>
        <translation>Дадзена</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="406"/>
        <source>Valid</source>
        <translation>Дзейнічае</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="421"/>
        <source>&amp;Record consent…</source>
        <translation>Зап&amp;ісаць згоду…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="444"/>
        <source>&amp;Withdrawn</source>
        <translation>Адк&amp;лікана</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="454"/>
        <source>Services</source>
        <translation>Паслугі</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="486"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="491"/>
        <source>Service</source>
        <translation>Паслуга</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="496"/>
        <source>Provided by</source>
        <translation>Хто аказвае</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="501"/>
        <location filename="../../app/forms/assistance_page.ui" line="613"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="506"/>
        <source>Cost</source>
        <translation>Кошт</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="521"/>
        <source>&amp;Add a service…</source>
        <translation>&amp;Дадаць паслугу…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="524"/>
        <location filename="../../app/forms/assistance_page.ui" line="631"/>
        <location filename="../../app/forms/assistance_page.ui" line="728"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="547"/>
        <location filename="../../app/forms/assistance_page.ui" line="751"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Змяніць…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="554"/>
        <source>&amp;Given</source>
        <translation>А&amp;казана</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="561"/>
        <source>Dec&amp;lined</source>
        <translation>&amp;Адмова кліента</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="568"/>
        <location filename="../../app/forms/assistance_page.ui" line="675"/>
        <location filename="../../app/forms/assistance_page.ui" line="758"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Выдаліць</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="578"/>
        <source>Referrals</source>
        <translation>Накіраванні</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="603"/>
        <source>Sent</source>
        <translation>Адпраўлена</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="608"/>
        <source>To</source>
        <translation>Адрасат</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="618"/>
        <source>Purpose</source>
        <translation>Мэта</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="628"/>
        <source>&amp;Add a referral…</source>
        <translation>&amp;Дадаць накіраванне…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="654"/>
        <source>A&amp;ccepted</source>
        <translation>Прын&amp;ята</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="661"/>
        <source>Dec&amp;lined…</source>
        <translation>&amp;Адхілена…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="668"/>
        <source>D&amp;one</source>
        <translation>В&amp;ыканана</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="685"/>
        <source>Monitoring</source>
        <translation>Маніторынг</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="725"/>
        <source>&amp;Add a visit…</source>
        <translation>&amp;Дадаць візіт…</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="768"/>
        <source>Timeline</source>
        <translation>Храналогія</translation>
    </message>
    <message>
        <location filename="../../app/forms/assistance_page.ui" line="786"/>
        <source>Add a no&amp;te…</source>
        <translation>Дадаць &amp;нататку…</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../app/ui/audit/page.py" line="92"/>
        <source>logged in</source>
        <translation>уваход</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="93"/>
        <source>failed login</source>
        <translation>няўдалы ўваход</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="94"/>
        <source>logged out</source>
        <translation>выхад</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="95"/>
        <source>locked the screen</source>
        <translation>блакаванне экрана</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="96"/>
        <source>unlocked the screen</source>
        <translation>разблакаванне экрана</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="97"/>
        <source>failed unlock</source>
        <translation>няўдалае разблакаванне</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="98"/>
        <source>opened with the recovery code</source>
        <translation>адкрыта кодам аднаўлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="99"/>
        <source>created</source>
        <translation>створана</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="100"/>
        <source>changed</source>
        <translation>зменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="101"/>
        <source>deleted</source>
        <translation>выдалена</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="102"/>
        <source>viewed</source>
        <translation>прагляд</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="103"/>
        <source>printed</source>
        <translation>друк</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="104"/>
        <source>exported</source>
        <translation>экспарт</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="105"/>
        <source>imported</source>
        <translation>імпарт</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="106"/>
        <source>import refused</source>
        <translation>імпарт адхілены</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="107"/>
        <source>partner removed</source>
        <translation>партнёр выдалены</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="108"/>
        <source>erased personal data</source>
        <translation>выдаленне персанальных даных</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="109"/>
        <source>account created</source>
        <translation>уліковы запіс створаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="110"/>
        <source>role changed</source>
        <translation>роля зменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="111"/>
        <source>account renamed</source>
        <translation>уліковы запіс перайменаваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="112"/>
        <source>login refused</source>
        <translation>уваход адхілены</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="113"/>
        <source>account deactivated</source>
        <translation>уліковы запіс адключаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="114"/>
        <source>account reactivated</source>
        <translation>уліковы запіс уключаны зноў</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="115"/>
        <source>password reset</source>
        <translation>пароль скінуты</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="116"/>
        <source>password changed</source>
        <translation>пароль зменены</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="117"/>
        <source>new recovery code made</source>
        <translation>зроблены новы код аднаўлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="118"/>
        <source>database set up</source>
        <translation>база даных наладжана</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="119"/>
        <source>demo data made</source>
        <translation>створаны дэма-даныя</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="185"/>
        <source>Audit log</source>
        <translation>Журнал аўдыту</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="186"/>
        <source>&amp;From:</source>
        <translation>&amp;З:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="187"/>
        <source>&amp;to:</source>
        <translation>&amp;па:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="188"/>
        <source>&amp;User:</source>
        <translation>Ка&amp;рыстальнік:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="189"/>
        <source>&amp;Action:</source>
        <translation>&amp;Дзеянне:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="190"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Абнавіць</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="203"/>
        <source>Everyone</source>
        <translation>Усе</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="208"/>
        <source>All actions</source>
        <translation>Усе дзеянні</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="226"/>
        <source>Entries: %1</source>
        <translation>Запісаў: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="259"/>
        <source>Checking the chain of entries…</source>
        <translation>Праверка ланцужка запісаў…</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="263"/>
        <source>The audit log was altered: entries were changed or removed outside the app.</source>
        <translation>Журнал аўдыту зменены: запісы былі зменены або выдалены ў абыход праграмы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="267"/>
        <source>The chain of entries is intact: nothing was changed or removed.</source>
        <translation>Ланцужок запісаў цэлы: нічога не зменена і не выдалена.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/ui/audit/page.py" line="52"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="52"/>
        <source>User</source>
        <translation>Карыстальнік</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="52"/>
        <source>Action</source>
        <translation>Дзеянне</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="52"/>
        <source>Object</source>
        <translation>Аб&apos;ект</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/page.py" line="53"/>
        <source>Details</source>
        <translation>Падрабязнасці</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../app/ui/audit/words.py" line="28"/>
        <source>how they heard of us</source>
        <translation>адкуль даведаліся</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="29"/>
        <source>gender</source>
        <translation>пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="30"/>
        <source>age group</source>
        <translation>узрост</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="31"/>
        <source>region</source>
        <translation>рэгіён</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="32"/>
        <source>who contacted</source>
        <translation>хто звяртаецца</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="33"/>
        <source>travel purpose</source>
        <translation>мэта выезду</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="34"/>
        <source>outcome</source>
        <translation>вынік</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="35"/>
        <source>notes</source>
        <translation>нататкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="36"/>
        <source>kind</source>
        <translation>від</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="37"/>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="38"/>
        <source>start time</source>
        <translation>час пачатку</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="39"/>
        <source>end time</source>
        <translation>час заканчэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="40"/>
        <source>caller profile</source>
        <translation>профіль абанента</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="41"/>
        <source>consultant</source>
        <translation>кансультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="42"/>
        <source>outside working hours</source>
        <translation>па-за працоўным часам</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="43"/>
        <source>crisis abroad</source>
        <translation>крызіс за мяжой</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="44"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="45"/>
        <source>status date</source>
        <translation>дата статусу</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="46"/>
        <source>reason of the status</source>
        <translation>прычына статусу</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="47"/>
        <source>due time</source>
        <translation>тэрмін</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="48"/>
        <source>closing time</source>
        <translation>час закрыцця</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="49"/>
        <source>closure reason</source>
        <translation>прычына закрыцця</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="50"/>
        <source>closure note</source>
        <translation>заўвага пра закрыццё</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="51"/>
        <source>summary</source>
        <translation>апісанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="52"/>
        <source>specialist</source>
        <translation>спецыяліст</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="53"/>
        <source>responsible</source>
        <translation>адказны</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="54"/>
        <source>search words</source>
        <translation>словы для пошуку</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="55"/>
        <source>client&apos;s name</source>
        <translation>імя кліента</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="56"/>
        <source>client&apos;s gender</source>
        <translation>пол кліента</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="57"/>
        <source>date of birth</source>
        <translation>дата нараджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="58"/>
        <source>client&apos;s phone</source>
        <translation>тэлефон кліента</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="59"/>
        <source>client&apos;s e-mail</source>
        <translation>эл. пошта кліента</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="60"/>
        <source>client&apos;s address</source>
        <translation>адрас кліента</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="61"/>
        <source>client&apos;s region</source>
        <translation>рэгіён кліента</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="62"/>
        <source>citizenship</source>
        <translation>грамадзянства</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="63"/>
        <source>trafficking status</source>
        <translation>статус па гандлі людзьмі</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="64"/>
        <source>country of exploitation</source>
        <translation>краіна эксплуатацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="65"/>
        <source>read by the consultant</source>
        <translation>прачытана кансультантам</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="66"/>
        <source>scores</source>
        <translation>ацэнкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="67"/>
        <source>overall score</source>
        <translation>агульная ацэнка</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="68"/>
        <source>comments</source>
        <translation>каментарыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="69"/>
        <source>completion time</source>
        <translation>час завяршэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="70"/>
        <source>name</source>
        <translation>назва</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="71"/>
        <source>full name</source>
        <translation>прозвішча і імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="72"/>
        <location filename="../../app/ui/audit/words.py" line="110"/>
        <source>role</source>
        <translation>роля</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="73"/>
        <source>active</source>
        <translation>актыўная</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="74"/>
        <source>phone</source>
        <translation>тэлефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="75"/>
        <source>phones</source>
        <translation>тэлефоны</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="76"/>
        <source>e-mail</source>
        <translation>эл. пошта</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="77"/>
        <source>website</source>
        <translation>вэб-сайт</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="78"/>
        <source>address</source>
        <translation>адрас</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="79"/>
        <source>city</source>
        <translation>горад</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="80"/>
        <source>country</source>
        <translation>краіна</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="81"/>
        <source>type</source>
        <translation>тып</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="82"/>
        <source>numbers</source>
        <translation>нумары</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="83"/>
        <location filename="../../app/ui/audit/words.py" line="106"/>
        <source>organisation</source>
        <translation>арганізацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="84"/>
        <source>deleted</source>
        <translation>выдалена</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="85"/>
        <source>answers of the questionnaire</source>
        <translation>адказы анкеты</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="86"/>
        <source>danger</source>
        <translation>небяспека</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="87"/>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="88"/>
        <source>date given</source>
        <translation>дата выдачы</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="89"/>
        <source>date of the service</source>
        <translation>дата паслугі</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="90"/>
        <source>date of the visit</source>
        <translation>дата візіту</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="91"/>
        <source>next visit</source>
        <translation>наступны візіт</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="92"/>
        <source>withdrawn on</source>
        <translation>дата адклікання</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="93"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="94"/>
        <source>text</source>
        <translation>тэкст</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="95"/>
        <source>nickname</source>
        <translation>як прадставіўся</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="96"/>
        <source>password to be changed</source>
        <translation>змена пароля пры ўваходзе</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="97"/>
        <source>password changed</source>
        <translation>пароль зменены</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="98"/>
        <source>last login</source>
        <translation>апошні ўваход</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="103"/>
        <source>format</source>
        <translation>фармат</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="104"/>
        <source>from</source>
        <translation>з</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="105"/>
        <source>to</source>
        <translation>па</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="107"/>
        <source>for outside release</source>
        <translation>для публікацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="108"/>
        <location filename="../../app/ui/audit/words.py" line="124"/>
        <source>reason</source>
        <translation>прычына</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="109"/>
        <source>by</source>
        <translation>спосаб</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="111"/>
        <source>accounts</source>
        <translation>уліковыя запісы</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="112"/>
        <source>rows</source>
        <translation>радкоў</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="113"/>
        <source>records</source>
        <translation>запісаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="114"/>
        <source>deletions</source>
        <translation>выдаленняў</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="115"/>
        <source>everything</source>
        <translation>усё</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="116"/>
        <source>created</source>
        <translation>створана</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="117"/>
        <source>updated</source>
        <translation>абноўлена</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="118"/>
        <source>unchanged</source>
        <translation>без змен</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="119"/>
        <source>emergency numbers</source>
        <translation>экстраныя нумары</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="120"/>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="121"/>
        <source>pages</source>
        <translation>старонак</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="122"/>
        <source>redacted</source>
        <translation>абязлічана</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="123"/>
        <source>source</source>
        <translation>крыніца</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="125"/>
        <source>new case key</source>
        <translation>новы ключ выпадкаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="126"/>
        <source>key entries removed</source>
        <translation>выдалена запісаў ключоў</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="127"/>
        <source>smallest number shown</source>
        <translation>найменшы паказаны лік</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="131"/>
        <source>Russian</source>
        <translation>руская</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="132"/>
        <source>Belarusian</source>
        <translation>беларуская</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="133"/>
        <source>English</source>
        <translation>англійская</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="134"/>
        <source>account deactivated</source>
        <translation>уліковы запіс адключаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="135"/>
        <source>account not signed by an administrator</source>
        <translation>уліковы запіс не падпісаны адміністратарам</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="136"/>
        <source>the recovery code</source>
        <translation>код аднаўлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="137"/>
        <source>old spreadsheet of contacts</source>
        <translation>старая табліца зваротаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="154"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="155"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="192"/>
        <source>changed fields: %1</source>
        <translation>зменены палі: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit/words.py" line="217"/>
        <location filename="../../app/ui/audit/words.py" line="220"/>
        <source>%1 of %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="88"/>
        <source>Backups</source>
        <translation>Рэзервовыя копіі</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="90"/>
        <source>A backup is made every day and when the app closes, encrypted like the database, in the folder %1. Copy them to a safe place now and then.</source>
        <translation>Рэзервовая копія ствараецца кожны дзень і пры закрыцці праграмы, зашыфраваная, як і база даных, у папцы %1. Час ад часу пераносьце копіі ў надзейнае месца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="93"/>
        <source>&amp;Keep automatic backups:</source>
        <translation>&amp;Захоўваць аўтаматычных копій:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="94"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Стварыць копію зараз</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="95"/>
        <source>Save a &amp;copy of the backup to…</source>
        <translation>Захаваць рэзервовую &amp;копію ў…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="97"/>
        <source>Copies the chosen backup (the newest, unless you choose another) with its key file to a folder you choose, such as a USB stick</source>
        <translation>Капіюе выбраную рэзервовую копію (самую новую, калі не выбраць іншую) разам з яе файлам ключоў у выбраную вамі папку, напрыклад на флэшку</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="99"/>
        <source>&amp;Restore the chosen backup…</source>
        <translation>&amp;Аднавіць выбраную копію…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="102"/>
        <source>daily</source>
        <translation>штодзённая</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="102"/>
        <source>on closing</source>
        <translation>пры закрыцці</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="103"/>
        <source>made by hand</source>
        <translation>створана ўручную</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="104"/>
        <source>kept before a restore</source>
        <translation>захавана перад аднаўленнем</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="121"/>
        <source>No backups yet.</source>
        <translation>Рэзервовых копій пакуль няма.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="141"/>
        <source>Backup made: %1</source>
        <translation>Копія створана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="146"/>
        <source>The backup could not be made: %1</source>
        <translation>Не ўдалося стварыць копію: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="150"/>
        <location filename="../../app/ui/settings/backups.py" line="152"/>
        <source>Backing up…</source>
        <translation>Стварэнне копіі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="159"/>
        <source>Save a copy of the backup to</source>
        <translation>Захаваць рэзервовую копію ў</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="172"/>
        <source>A copy of the backup is saved as %1 (with its key file %2).</source>
        <translation>Рэзервовая копія захавана як %1 (з файлам ключоў %2).</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="182"/>
        <location filename="../../app/ui/settings/backups.py" line="184"/>
        <source>Copying the backup…</source>
        <translation>Капіяванне рэзервовай копіі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="191"/>
        <source>There is not enough space in %1: the copy needs %2, %3 are free. Nothing was copied; free some space or use another disk.</source>
        <translation>У %1 недастаткова месца: копіі трэба %2, вольна %3. Нічога не скапіявана; вызваліце месца або вазьміце іншы дыск.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="194"/>
        <source>The disk of %1 became full during the copy (it needs %2). Nothing was left there; free some space or use another disk.</source>
        <translation>Дыск %1 запоўніўся падчас капіявання (трэба %2). Там нічога не пакінута; вызваліце месца або вазьміце іншы дыск.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="199"/>
        <source>The folder %1 is no longer there: was the disk removed? Nothing was copied; insert it and try again.</source>
        <translation>Папкі %1 больш няма: дыск вынялі? Нічога не скапіявана; устаўце яго і паспрабуйце зноў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="202"/>
        <source>The copy cannot be written to %1. Choose another folder.</source>
        <translation>У %1 нельга запісаць копію. Выберыце іншую папку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="205"/>
        <source>The backup could not be copied: %1</source>
        <translation>Не ўдалося скапіяваць рэзервовую копію: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="219"/>
        <source>Restore this backup?</source>
        <translation>Аднавіць гэту копію?</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="220"/>
        <source>The backup %1 is sound (%2). Restoring replaces the whole database with it: everything recorded after it was made is replaced too (the current database is kept as a backup first). The window closes, and you log in again.</source>
        <translation>Копія %1 спраўная (%2). Аднаўленне заменіць ёю ўсю базу даных: усё, што запісана пасля яе стварэння, таксама будзе заменена (бягучая база спачатку захоўваецца як копія). Акно закрыецца, і трэба будзе ўвайсці зноў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="232"/>
        <source>This backup cannot be restored: %1</source>
        <translation>Гэту копію нельга аднавіць: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/backups.py" line="235"/>
        <location filename="../../app/ui/settings/backups.py" line="237"/>
        <source>Checking the backup…</source>
        <translation>Праверка копіі…</translation>
    </message>
</context>
<context>
    <name>CallbackDialog</name>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="78"/>
        <source>Call back</source>
        <translation>Перазваніць</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="80"/>
        <source>Keep this time even outside the working hours</source>
        <translation>Пакінуць гэты час, нават па-за працоўнымі гадзінамі</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="85"/>
        <source>What was agreed (optional)</source>
        <translation>Пра што дамовіліся (неабавязкова)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="92"/>
        <source>&amp;When:</source>
        <translation>&amp;Калі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="95"/>
        <source>&amp;Number:</source>
        <translation>Н&amp;умар:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="96"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Нататка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="101"/>
        <source>Save the callback</source>
        <translation>Захаваць званок</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="101"/>
        <source>Move</source>
        <translation>Перанесці</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="109"/>
        <source>every day</source>
        <translation>штодня</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="111"/>
        <source>Working hours: %1–%2 (%3).</source>
        <translation>Працоўныя гадзіны: %1–%2 (%3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="125"/>
        <source>The line is closed then: the callback moves to %1.</source>
        <translation>Лінія ў гэты час не працуе: званок пераносіцца на %1.</translation>
    </message>
</context>
<context>
    <name>CaseErrors</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="195"/>
        <source>required</source>
        <translation>абавязковае поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="196"/>
        <source>too long</source>
        <translation>занадта доўгі тэкст</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="197"/>
        <source>is in the future</source>
        <translation>у будучыні</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="198"/>
        <source>is too long ago</source>
        <translation>занадта даўно</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="199"/>
        <source>not a known value</source>
        <translation>невядомае значэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="200"/>
        <source>not an e-mail address</source>
        <translation>не падобна на адрас эл. пошты</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="201"/>
        <source>not a phone number</source>
        <translation>не падобна на нумар тэлефона</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="202"/>
        <source>is before the start</source>
        <translation>раней за пачатак</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="203"/>
        <source>not valid</source>
        <translation>недапушчальнае значэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="208"/>
        <source>Give at least one way to reach the client: phone, e-mail or address.</source>
        <translation>Пазначце хаця б адзін спосаб сувязі з кліентам: тэлефон, эл. пошту або адрас.</translation>
    </message>
</context>
<context>
    <name>CaseFileView</name>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="54"/>
        <source>No case chosen</source>
        <translation>Выпадак не выбраны</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="64"/>
        <source>Specialist: %1</source>
        <translation>Спецыяліст: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="67"/>
        <source>From crisis case %1</source>
        <translation>З крызіснага выпадку %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="69"/>
        <source>From the contact of %1</source>
        <translation>Па звароце ад %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="97"/>
        <source>Personal data: keep it confidential.</source>
        <translation>Асабістыя даныя: не разгалошваць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="98"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="99"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="100"/>
        <source>Date of birth</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="101"/>
        <source>Phone</source>
        <translation>Тэлефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="101"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="102"/>
        <source>Address</source>
        <translation>Адрас</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="103"/>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="104"/>
        <source>Citizenship</source>
        <translation>Грамадзянства</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="111"/>
        <source>assisted</source>
        <translation>атрымлівае дапамогу</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="126"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="127"/>
        <source>Decided by</source>
        <translation>Кім устаноўлены</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="129"/>
        <source>Decided on</source>
        <translation>Дата ўстанаўлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="130"/>
        <source>Type of exploitation</source>
        <translation>Від эксплуатацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="132"/>
        <source>Methods of control</source>
        <translation>Метады кантролю</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="133"/>
        <source>Recruitment</source>
        <translation>Вярбоўка</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="134"/>
        <source>Country of exploitation</source>
        <translation>Краіна эксплуатацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="136"/>
        <source>Period</source>
        <translation>Перыяд</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="136"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="148"/>
        <source>withdrawn %1</source>
        <translation>адклікана %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="150"/>
        <source>until %1</source>
        <translation>да %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="152"/>
        <source>no end date</source>
        <translation>бестэрмінова</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/assistance/case_file.py" line="180"/>
        <source>Given: %n service(s)</source>
        <translation>
            <numerusform>Аказана: %n паслуга</numerusform>
            <numerusform>Аказана: %n паслугі</numerusform>
            <numerusform>Аказана: %n паслуг</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="231"/>
        <source>Assessment</source>
        <translation>Ацэнка</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="232"/>
        <source>Next visit</source>
        <translation>Наступны візіт</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="233"/>
        <source>Specialist</source>
        <translation>Спецыяліст</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="241"/>
        <source>Case opened</source>
        <translation>Выпадак адкрыты</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="243"/>
        <source>from crisis case %1</source>
        <translation>з крызіснага выпадку %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="247"/>
        <source>client&apos;s details</source>
        <translation>даныя кліента</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="248"/>
        <source>relatives</source>
        <translation>сваякі</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="249"/>
        <source>specialist</source>
        <translation>спецыяліст</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="250"/>
        <source>trafficking details</source>
        <translation>звесткі пра гандаль людзьмі</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="253"/>
        <source>Changed: %1</source>
        <translation>Зменена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="255"/>
        <source>Trafficking status: %1</source>
        <translation>Статус паводле гандлю людзьмі: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="258"/>
        <source>Case status: %1</source>
        <translation>Статус выпадку: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="261"/>
        <source>Case closed: %1</source>
        <translation>Выпадак закрыты: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="264"/>
        <source>Case reopened</source>
        <translation>Выпадак адноўлены</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="266"/>
        <source>Service (%1): %2</source>
        <translation>Паслуга (%1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="270"/>
        <source>Service changed: %1</source>
        <translation>Паслуга зменена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="273"/>
        <source>Service removed: %1</source>
        <translation>Паслуга выдалена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="276"/>
        <source>Referral sent: %1</source>
        <translation>Накіраванне адпраўлена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="279"/>
        <source>Referral to %1: %2</source>
        <translation>Накіраванне (%1): %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="283"/>
        <source>Referral changed: %1</source>
        <translation>Накіраванне зменена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="286"/>
        <source>Referral removed: %1</source>
        <translation>Накіраванне выдалена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="289"/>
        <source>Monitoring visit of %1</source>
        <translation>Маніторынгавы візіт %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="290"/>
        <source>Monitoring visit of %1 changed</source>
        <translation>Маніторынгавы візіт %1 зменены</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="291"/>
        <source>Monitoring visit of %1 removed</source>
        <translation>Маніторынгавы візіт %1 выдалены</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="295"/>
        <source>Consent: %1 → %2</source>
        <translation>Згода: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="296"/>
        <source>Consent withdrawn: %1 → %2</source>
        <translation>Згода адклікана: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="300"/>
        <source>Note</source>
        <translation>Нататка</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="302"/>
        <source>Redacted summary printed</source>
        <translation>Раздрукавана абязлічаная зводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_file.py" line="303"/>
        <source>Summary printed</source>
        <translation>Раздрукавана зводка</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../app/ui/casework/header.py" line="16"/>
        <source>Opened %1 by %2</source>
        <translation>Адкрыты %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/casework/header.py" line="21"/>
        <source>Closed %1: %2</source>
        <translation>Закрыты %1: %2</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="34"/>
        <source>Number</source>
        <translation>Нумар</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="34"/>
        <source>Client</source>
        <translation>Кліент</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="35"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="35"/>
        <source>Trafficking</source>
        <translation>Гандаль людзьмі</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="36"/>
        <source>Opened</source>
        <translation>Адкрыты</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="36"/>
        <source>Services</source>
        <translation>Паслугі</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="37"/>
        <source>Next visit</source>
        <translation>Наступны візіт</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/case_list.py" line="49"/>
        <source>Closed: %1</source>
        <translation>Закрыты: %1</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="79"/>
        <source>Number</source>
        <translation>Нумар</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="79"/>
        <source>Opened</source>
        <translation>Адкрыты</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="79"/>
        <source>Crisis</source>
        <translation>Крызісная сітуацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="79"/>
        <source>Where</source>
        <translation>Дзе</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="80"/>
        <source>Danger</source>
        <translation>Небяспека</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="80"/>
        <source>Tasks</source>
        <translation>Задачы</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="98"/>
        <source>Closed: %1</source>
        <translation>Закрыты: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/crisis/page.py" line="100"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n пратэрмінаваная</numerusform>
            <numerusform>%n пратэрмінаваныя</numerusform>
            <numerusform>%n пратэрмінаваных</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="102"/>
        <source>Next: %1</source>
        <translation>Наступная: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="103"/>
        <source>No tasks</source>
        <translation>Няма задач</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="114"/>
        <source>A follow-up or referral is past its due time</source>
        <translation>Тэрмін кантрольнага званка або накіравання мінуў</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="192"/>
        <source>Not closed</source>
        <translation>Незакрытыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="192"/>
        <source>Open</source>
        <translation>Адкрытыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="193"/>
        <source>Active</source>
        <translation>У рабоце</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="193"/>
        <source>Monitoring</source>
        <translation>Маніторынг</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="194"/>
        <source>Closed</source>
        <translation>Закрытыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="194"/>
        <source>All</source>
        <translation>Усе</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="197"/>
        <source>Any status</source>
        <translation>Любы статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="203"/>
        <source>How</source>
        <translation>Спосаб</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="203"/>
        <source>Change</source>
        <translation>Змены</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/assistance/page.py" line="219"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n выпадак</numerusform>
            <numerusform>%n выпадкі</numerusform>
            <numerusform>%n выпадкаў</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="505"/>
        <source>Note</source>
        <translation>Нататка</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="331"/>
        <source>Someone else changed this case meanwhile. Close this window and open the case again.</source>
        <translation>Хтосьці іншы тым часам змяніў гэты выпадак. Зачыніце гэтае акно і адкрыйце выпадак нанова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="334"/>
        <source>Not possible now: %1</source>
        <translation>Цяпер немагчыма: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="337"/>
        <source>Only social-work specialists work on assistance cases.</source>
        <translation>З выпадкамі суправаджэння працуюць толькі спецыялісты па сацыяльнай рабоце.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="354"/>
        <source>Not changed</source>
        <translation>Не зменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="419"/>
        <source>Assistance case exists</source>
        <translation>Выпадак суправаджэння ўжо ёсць</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="420"/>
        <source>An assistance case was already opened from this: %1. Show it, or open another one?</source>
        <translation>Па гэтых даных ужо адкрыты выпадак суправаджэння: %1. Паказаць яго ці адкрыць яшчэ адзін?</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="422"/>
        <source>Show it</source>
        <translation>Паказаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="422"/>
        <source>Open another</source>
        <translation>Адкрыць яшчэ адзін</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="423"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="435"/>
        <location filename="../../app/ui/assistance/page.py" line="447"/>
        <source>Not possible</source>
        <translation>Немагчыма</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="438"/>
        <source>From crisis case %1: the trafficking status and the exploitation recorded there are taken over.</source>
        <translation>З крызіснага выпадку %1: статус паводле гандлю людзьмі і звесткі пра эксплуатацыю перанесены адтуль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="449"/>
        <source>From the contact of %1.</source>
        <translation>Па звароце ад %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="549"/>
        <source>Remove the service?</source>
        <translation>Выдаліць паслугу?</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="550"/>
        <source>Remove “%1” of %2 from the case? The timeline keeps a note of it.</source>
        <translation>Выдаліць з выпадку паслугу «%1» ад %2? У храналогіі застанецца адзнака пра гэта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="584"/>
        <source>Reason</source>
        <translation>Прычына</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="592"/>
        <source>Remove the referral?</source>
        <translation>Выдаліць накіраванне?</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="593"/>
        <source>Remove this referral from the case? The timeline keeps a note of it.</source>
        <translation>Выдаліць гэтае накіраванне з выпадку? У храналогіі застанецца адзнака пра гэта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="644"/>
        <source>Remove the visit?</source>
        <translation>Выдаліць візіт?</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/page.py" line="645"/>
        <source>Remove the monitoring visit of %1? The timeline keeps a note of it.</source>
        <translation>Выдаліць маніторынгавы візіт %1? У храналогіі застанецца адзнака пра гэта.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="466"/>
        <source>Change your password</source>
        <translation>Змена пароля</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="468"/>
        <source>An administrator set a temporary password for you. Choose your own now: at least 10 characters, a few words in a row make a good one.</source>
        <translation>Адміністратар задаў вам часовы пароль. Выберыце свой: не менш за 10 знакаў; некалькі слоў запар — добры пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="470"/>
        <source>At least 10 characters; a few words in a row make a good one.</source>
        <translation>Не менш за 10 знакаў; некалькі слоў запар — добры пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="472"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Цяперашні пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="472"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новы пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="473"/>
        <source>New password a&amp;gain:</source>
        <translation>Новы пароль &amp;яшчэ раз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="476"/>
        <source>&amp;Change the password</source>
        <translation>&amp;Змяніць пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="478"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйсці</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="478"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="276"/>
        <source>New assistance case</source>
        <translation>Новы выпадак суправаджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="276"/>
        <source>Client</source>
        <translation>Кліент</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="278"/>
        <source>Personal data of the client: required for an assistance case, and asked for nowhere else in the app. Record only what the client agreed to; it is shown to specialists and hidden in redacted summaries.</source>
        <translation>Асабістыя даныя кліента: абавязковыя для выпадку суправаджэння і больш нідзе ў праграме не запытваюцца. Запісвайце толькі тое, на што кліент даў згоду; гэтыя даныя бачныя спецыялістам і схаваныя ў абязлічаных зводках.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="316"/>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="316"/>
        <source>Relation</source>
        <translation>Кім даводзіцца</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="316"/>
        <source>Phone</source>
        <translation>Тэлефон</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="321"/>
        <source>Add a re&amp;lative…</source>
        <translation>&amp;Дадаць сваяка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="322"/>
        <source>Ed&amp;it…</source>
        <translation>&amp;Змяніць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="323"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Выдаліць</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="326"/>
        <source>&amp;Name:*</source>
        <translation>&amp;Імя:*</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="327"/>
        <source>&amp;Gender:*</source>
        <translation>&amp;Пол:*</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="328"/>
        <source>Date of &amp;birth:</source>
        <translation>Дата &amp;нараджэння:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="329"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Тэлефон:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="330"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="331"/>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрас:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="332"/>
        <source>&amp;Region:</source>
        <translation>&amp;Рэгіён:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="333"/>
        <source>&amp;Citizenship:</source>
        <translation>&amp;Грамадзянства:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="335"/>
        <source>&amp;Trafficking status:</source>
        <translation>Статус (гандаль &amp;людзьмі):</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="337"/>
        <source>&amp;Specialist:</source>
        <translation>&amp;Спецыяліст:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="338"/>
        <source>* required, and at least one of phone, e-mail or address</source>
        <translation>* абавязкова, а таксама хаця б адно з: тэлефон, эл. пошта або адрас</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="348"/>
        <source>Relatives involved:</source>
        <translation>Сваякі, звязаныя з выпадкам:</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="53"/>
        <source>Close the case</source>
        <translation>Закрыццё выпадку</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="60"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Прычына:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="61"/>
        <source>&amp;Note:</source>
        <translation>&amp;Нататка:</translation>
    </message>
</context>
<context>
    <name>ConfirmErasure</name>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="47"/>
        <source>Erase personal data</source>
        <translation>Выдаленне персанальных даных</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="48"/>
        <source>ERASE</source>
        <translation>ВЫДАЛІЦЬ</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="49"/>
        <source>the caller profile</source>
        <translation>профіль абанента</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="50"/>
        <source>the client of the assistance case</source>
        <translation>кліента справы аб дапамозе</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="52"/>
        <source>This erases %1 «%2» everywhere: the profile or identity, the notes of %3 contact(s), the free text of the linked cases, their change history and drafts. Codes used by the statistics stay. It cannot be undone, and partner sites receive the erasure with the next sync file.</source>
        <translation>Будзе выдалены(-ая) %1 «%2» адусюль: профіль або асабістыя даныя, нататкі %3 зваротаў, свабодны тэкст звязаных спраў, гісторыя іх змен і чарнавікі. Коды для статыстыкі застануцца. Адмяніць гэта нельга; партнёрскія працоўныя месцы атрымаюць выдаленне з наступным файлам сінхранізацыі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="62"/>
        <source>Type %1 to confirm:</source>
        <translation>Увядзіце %1 для пацвярджэння:</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="66"/>
        <source>Erase</source>
        <translation>Выдаліць</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="640"/>
        <source>Record consent</source>
        <translation>Запіс згоды</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="650"/>
        <source>&amp;What may be shared:</source>
        <translation>&amp;Што можна перадаваць:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="651"/>
        <source>&amp;With whom:</source>
        <translation>&amp;Каму:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="652"/>
        <source>&amp;Organisation or person:</source>
        <translation>&amp;Арганізацыя або чалавек:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="654"/>
        <source>&amp;Given on:</source>
        <translation>Дата &amp;згоды:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="655"/>
        <source>&amp;Valid until:</source>
        <translation>&amp;Дзейнічае да:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="656"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Нататкі:</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="401"/>
        <source>%1 (proposed)</source>
        <translation>%1 (прапанавана)</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="419"/>
        <source>Targets not ticked get anonymous advice only, without the person&apos;s data.</source>
        <translation>Адрасатам без адзнакі — толькі ананімная кансультацыя, без даных чалавека.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="422"/>
        <source>No consent: every referral will be anonymous advice only, and that is recorded.</source>
        <translation>Згоды няма: усе накіраванні будуць толькі ананімнай кансультацыяй, і гэта фіксуецца.</translation>
    </message>
</context>
<context>
    <name>ContactListPage</name>
    <message>
        <location filename="../../app/ui/journal/page.py" line="230"/>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="230"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ерыяд:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="230"/>
        <source>C&amp;onsultant:</source>
        <translation>&amp;Кансультант:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="231"/>
        <source>C&amp;hannel:</source>
        <translation>Ка&amp;нал:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="231"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Тэма:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="231"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="235"/>
        <source>Today</source>
        <translation>Сёння</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="235"/>
        <source>Yesterday</source>
        <translation>Учора</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="236"/>
        <source>Last 7 days</source>
        <translation>Апошнія 7 дзён</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="236"/>
        <source>Last 30 days</source>
        <translation>Апошнія 30 дзён</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="237"/>
        <source>This year</source>
        <translation>З пачатку года</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="237"/>
        <source>All time</source>
        <translation>За ўвесь час</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="238"/>
        <source>From – to</source>
        <translation>З … па …</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="242"/>
        <source>All kinds</source>
        <translation>Усе віды</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="242"/>
        <source>Consultations</source>
        <translation>Кансультацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="243"/>
        <source>Calls without counselling</source>
        <translation>Званкі без кансультацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="247"/>
        <source>All</source>
        <translation>Усе</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="248"/>
        <source>Words from the notes (Ctrl+F)</source>
        <translation>Словы з нататак (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="249"/>
        <source>Op&amp;en (Enter)</source>
        <translation>&amp;Адкрыць (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="250"/>
        <source>Histor&amp;y (Ctrl+H)</source>
        <translation>&amp;Гісторыя (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="293"/>
        <source>More than %1 contacts: narrow the period or the search</source>
        <translation>Больш за %1 зваротаў: звузьце перыяд або пошук</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/journal/page.py" line="297"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n зварот</numerusform>
            <numerusform>%n звароты</numerusform>
            <numerusform>%n зваротаў</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="370"/>
        <source>The contact just saved (%1) is not in this list: the filters leave it out. Show it (Alt+W)</source>
        <translation>Толькі што захаванага звароту (%1) няма ў гэтым спісе: яго хаваюць фільтры. Паказаць яго (Alt+W)</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../app/ui/journal/page.py" line="69"/>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="69"/>
        <source>Kind / channel</source>
        <translation>Від / канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="69"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="70"/>
        <source>Topics</source>
        <translation>Тэмы</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="70"/>
        <source>Destinations</source>
        <translation>Краіны прызначэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="70"/>
        <source>Consultant</source>
        <translation>Кансультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="70"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="97"/>
        <source>Taken outside working hours</source>
        <translation>Прынята ў непрацоўны час</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="99"/>
        <source>Crisis situation abroad</source>
        <translation>Крызісная сітуацыя за мяжой</translation>
    </message>
</context>
<context>
    <name>ContactView</name>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="88"/>
        <source>The contact</source>
        <translation>Зварот</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="89"/>
        <source>Notes:</source>
        <translation>Нататкі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="93"/>
        <source>Date and time:</source>
        <translation>Дата і час:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="93"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="94"/>
        <source>Kind:</source>
        <translation>Від звароту:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="94"/>
        <source>Consultant:</source>
        <translation>Кансультант:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="95"/>
        <source>Gender:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="95"/>
        <source>Age group:</source>
        <translation>Узрост:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="96"/>
        <source>Region:</source>
        <translation>Рэгіён:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="96"/>
        <source>Caller&apos;s role:</source>
        <translation>Хто звяртаецца:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="97"/>
        <source>Topics:</source>
        <translation>Тэмы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="97"/>
        <source>Destinations:</source>
        <translation>Краіны прызначэння:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="98"/>
        <source>Travel purpose:</source>
        <translation>Мэта выезду:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="99"/>
        <source>How they heard of us:</source>
        <translation>Адкуль даведаліся пра нас:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="99"/>
        <source>Outcome:</source>
        <translation>Вынік:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="100"/>
        <source>Crisis:</source>
        <translation>Крызісная сітуацыя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="107"/>
        <source>This contact no longer exists; the review keeps its scores.</source>
        <translation>Гэтага звароту больш няма; балы ацэнкі захаваны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="118"/>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="139"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="139"/>
        <source>no</source>
        <translation>не</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../app/forms/fields.py" line="321"/>
        <source>Type a country, then Enter</source>
        <translation>Увядзіце краіну і націсніце Enter</translation>
    </message>
    <message>
        <location filename="../../app/forms/fields.py" line="322"/>
        <source>Remove</source>
        <translation>Прыбраць</translation>
    </message>
    <message>
        <location filename="../../app/forms/fields.py" line="324"/>
        <source>Down arrow: choose in the list. Del in the empty field: remove the last chosen country.</source>
        <translation>Стрэлка ўніз — выбар у спісе. Del у пустым полі — прыбраць апошнюю выбраную краіну.</translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="253"/>
        <source>Open</source>
        <translation>Адкрытыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="253"/>
        <source>Overdue follow-ups</source>
        <translation>Пратэрмінаваныя задачы</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="254"/>
        <source>Closed</source>
        <translation>Закрытыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="254"/>
        <source>All</source>
        <translation>Усе</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="257"/>
        <source>Any crisis</source>
        <translation>Любы крызіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="258"/>
        <source>&amp;Show:</source>
        <translation>&amp;Паказаць:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="258"/>
        <source>C&amp;risis:</source>
        <translation>&amp;Крызіс:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="259"/>
        <source>&amp;Find:</source>
        <translation>&amp;Знайсці:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="261"/>
        <source>Case number or city</source>
        <translation>Нумар выпадку або горад</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="263"/>
        <source>Referral</source>
        <translation>Накіраванне</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="263"/>
        <source>Owner</source>
        <translation>Адказны</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="263"/>
        <source>Due</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="263"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="264"/>
        <source>What to do</source>
        <translation>Што зрабіць</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="265"/>
        <source>Referrals and follow-up</source>
        <translation>Накіраванні і кантрольныя званкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="266"/>
        <source>Timeline</source>
        <translation>Храналогія</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="267"/>
        <source>&amp;Accepted</source>
        <translation>Пр&amp;інята</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="268"/>
        <source>Dec&amp;lined…</source>
        <translation>&amp;Адхілена…</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="269"/>
        <source>D&amp;one</source>
        <translation>&amp;Выканана</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="270"/>
        <source>Add a &amp;referral…</source>
        <translation>&amp;Дадаць накіраванне…</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="271"/>
        <source>Follow-up &amp;contact…</source>
        <translation>Паў&amp;торны кантакт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="272"/>
        <source>Add a no&amp;te…</source>
        <translation>Дадаць &amp;нататку…</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="273"/>
        <source>Ass&amp;istance case…</source>
        <translation>Пачаць &amp;суправаджэнне…</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="275"/>
        <source>Open an assistance case for this person, with what the questionnaire learnt</source>
        <translation>Адкрыць выпадак суправаджэння гэтага чалавека з данымі з анкеты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/crisis/page.py" line="291"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n выпадак</numerusform>
            <numerusform>%n выпадкі</numerusform>
            <numerusform>%n выпадкаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/crisis/page.py" line="294"/>
        <source>%n follow-up(s) overdue: show them</source>
        <translation>
            <numerusform>%n задача пратэрмінавана — паказаць</numerusform>
            <numerusform>%n задачы пратэрмінаваны — паказаць</numerusform>
            <numerusform>%n задач пратэрмінавана — паказаць</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="314"/>
        <source>No case chosen</source>
        <translation>Выпадак не выбраны</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="326"/>
        <source>Where: %1</source>
        <translation>Дзе: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="327"/>
        <source>Danger: %1</source>
        <translation>Небяспека: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="474"/>
        <source>Not possible now: %1</source>
        <translation>Цяпер немагчыма: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="336"/>
        <location filename="../../app/ui/crisis/page.py" line="391"/>
        <source>Consent to pass data: %1</source>
        <translation>Згода на перадачу даных: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="337"/>
        <location filename="../../app/ui/crisis/page.py" line="392"/>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="355"/>
        <location filename="../../app/ui/crisis/page.py" line="395"/>
        <location filename="../../app/ui/crisis/page.py" line="402"/>
        <source>Follow-up call</source>
        <translation>Кантрольны званок</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="357"/>
        <source>anonymous</source>
        <translation>ананімна</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="373"/>
        <source>Case opened; danger: %1</source>
        <translation>Выпадак адкрыты; небяспека: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="376"/>
        <source>possible trafficking</source>
        <translation>магчымы гандаль людзьмі</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="378"/>
        <source>Contact that opened the case</source>
        <translation>Зварот, па якім адкрыты выпадак</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="379"/>
        <source>Follow-up contact</source>
        <translation>Паўторны кантакт</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="381"/>
        <source>Questionnaire answers recorded (version %1)</source>
        <translation>Запісаны адказы анкеты (версія %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="386"/>
        <source>Consent given: %1</source>
        <translation>Згода дадзена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="387"/>
        <source>Consent withdrawn: %1</source>
        <translation>Згода адклікана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="397"/>
        <source>Referral: %1 (%2)</source>
        <translation>Накіраванне: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="399"/>
        <source>Follow-up call planned</source>
        <translation>Запланаваны кантрольны званок</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="403"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="406"/>
        <source>Due time changed</source>
        <translation>Тэрмін зменены</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="408"/>
        <location filename="../../app/ui/crisis/page.py" line="528"/>
        <source>Note</source>
        <translation>Нататка</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="410"/>
        <source>Case closed: %1</source>
        <translation>Выпадак закрыты: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="413"/>
        <source>Case reopened</source>
        <translation>Выпадак адноўлены</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="415"/>
        <source>Trafficking status: %1</source>
        <translation>Статус паводле гандлю людзьмі: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="447"/>
        <source>C&amp;lose the case…</source>
        <translation>Зак&amp;рыць выпадак…</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="448"/>
        <source>Re&amp;open the case</source>
        <translation>Адна&amp;віць выпадак</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="463"/>
        <source>Something required is missing: give the reason or choose a value.</source>
        <translation>Не хапае абавязковых даных: пазначце прычыну або выберыце значэнне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="465"/>
        <source>No consent to pass the person&apos;s data to this target: only anonymous advice is possible.</source>
        <translation>Няма згоды на перадачу даных чалавека гэтаму адрасату: магчымая толькі ананімная кансультацыя.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="467"/>
        <source>The text is too long.</source>
        <translation>Тэкст занадта доўгі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="468"/>
        <source>Unknown value.</source>
        <translation>Невядомае значэнне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="477"/>
        <source>The case or the referral no longer exists.</source>
        <translation>Гэтага выпадку або накіравання больш няма.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="478"/>
        <source>Not changed</source>
        <translation>Не зменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="493"/>
        <source>Declined</source>
        <translation>Адхілена</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="493"/>
        <source>Why was it declined?</source>
        <translation>Чаму накіраванне адхілена?</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/page.py" line="528"/>
        <source>Note for the case timeline:</source>
        <translation>Нататка ў храналогію выпадку:</translation>
    </message>
</context>
<context>
    <name>CrisisWizard</name>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="150"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="151"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далей &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="152"/>
        <source>&amp;Finish and save</source>
        <translation>&amp;Завяршыць і захаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="153"/>
        <source>Cancel (Esc)</source>
        <translation>Скасаваць (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="154"/>
        <source>Copy to the summary (F8)</source>
        <translation>Скапіяваць у апісанне (F8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="157"/>
        <source>Who gave the consent is not recorded: without it there is no consent, and every referral stays anonymous advice. Choose who gave it to pass the person&apos;s data on.</source>
        <translation>Не пазначана, хто даў згоду: без гэтага згоды няма, і ўсе накіраванні застаюцца ананімнай кансультацыяй. Каб перадаць дадзеныя чалавека, выберыце, хто даў згоду.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="301"/>
        <source>Close the crisis questionnaire?</source>
        <translation>Закрыць крызісны апытальнік?</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="302"/>
        <source>The answers are kept as a draft and offered again with Ctrl+K.</source>
        <translation>Адказы захаваюцца як чарнавік, і Ctrl+K прапануе працягнуць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="303"/>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard.py" line="303"/>
        <source>Continue the questionnaire</source>
        <translation>Працягнуць апытальнік</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="114"/>
        <source>N/A</source>
        <translation>Н/Д</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="125"/>
        <source>Comment for the consultant (C)</source>
        <translation>Каментарый для кансультанта (C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="147"/>
        <source>Comment on %1</source>
        <translation>Каментарый да %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="153"/>
        <source>not scored</source>
        <translation>не ацэнена</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="157"/>
        <source>Needs a score. </source>
        <translation>Патрэбна ацэнка. </translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="158"/>
        <source>Score: %1. Keys %2; C for a comment</source>
        <translation>Ацэнка: %1. Клавішы %2; C — каментарый</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../app/ui/lock.py" line="85"/>
        <source>Infoline Desk is locked</source>
        <translation>Infoline Desk заблакаваны</translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="327"/>
        <source>In danger: the next page gives the emergency guidance first.</source>
        <translation>Чалавек у небяспецы: на наступнай старонцы — спачатку экстраныя рэкамендацыі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="331"/>
        <source>Ask these three things first. Enter goes on.</source>
        <translation>Спачатку высветліце гэтыя тры пытанні. Enter — далей.</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="207"/>
        <source>Mean scores by month</source>
        <translation>Сярэднія ацэнкі па месяцах</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="240"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ерыяд:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="241"/>
        <source>What the chart shows</source>
        <translation>Што паказвае дыяграма</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="245"/>
        <source>Chart: by consultant</source>
        <translation>Графік: па кансультантах</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="246"/>
        <source>Chart: by section</source>
        <translation>Графік: па раздзелах</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="249"/>
        <source>Export &amp;XLSX…</source>
        <translation>&amp;Табліца XLSX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="250"/>
        <source>Export P&amp;DF…</source>
        <translation>&amp;Дакумент PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="251"/>
        <source>No completed reviews in this period.</source>
        <translation>За гэты перыяд няма завершаных ацэнак.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="252"/>
        <source>By consultant</source>
        <translation>Па кансультантах</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="252"/>
        <source>By section</source>
        <translation>Па раздзелах</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="253"/>
        <location filename="../../app/ui/quality/dashboard.py" line="355"/>
        <source>Weakest criteria</source>
        <translation>Самыя слабыя крытэрыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="253"/>
        <source>Against the plan</source>
        <translation>Выкананне плана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="254"/>
        <location filename="../../app/ui/quality/dashboard.py" line="352"/>
        <location filename="../../app/ui/quality/dashboard.py" line="356"/>
        <source>Completed reviews</source>
        <translation>Завершаныя ацэнкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="265"/>
        <source>The period ends before it starts.</source>
        <translation>Перыяд заканчваецца раней, чым пачынаецца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="278"/>
        <source>Completed reviews: %1</source>
        <translation>Завершаных ацэнак: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="279"/>
        <source>team average %1</source>
        <translation>у сярэднім па камандзе %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="281"/>
        <source>meetings %1, examinations %2, trainings %3</source>
        <translation>нарад: %1, экзаменаў: %2, трэнінгаў: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="286"/>
        <location filename="../../app/ui/quality/dashboard.py" line="295"/>
        <location filename="../../app/ui/quality/dashboard.py" line="305"/>
        <location filename="../../app/ui/quality/dashboard.py" line="358"/>
        <source>Consultant</source>
        <translation>Кансультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="287"/>
        <location filename="../../app/ui/quality/dashboard.py" line="290"/>
        <location filename="../../app/ui/quality/dashboard.py" line="358"/>
        <source>Section</source>
        <translation>Раздзел</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="290"/>
        <location filename="../../app/ui/quality/dashboard.py" line="359"/>
        <source>Criterion</source>
        <translation>Крытэрый</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="290"/>
        <location filename="../../app/ui/quality/dashboard.py" line="317"/>
        <source>Average</source>
        <translation>Сярэдняе</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="291"/>
        <location filename="../../app/ui/quality/dashboard.py" line="360"/>
        <source>Applied</source>
        <translation>Ужываўся</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="291"/>
        <location filename="../../app/ui/quality/dashboard.py" line="360"/>
        <source>Scored 0</source>
        <translation>Атрымаў 0</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="295"/>
        <location filename="../../app/ui/quality/dashboard.py" line="361"/>
        <source>Round</source>
        <translation>Цыкл</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="295"/>
        <location filename="../../app/ui/quality/dashboard.py" line="361"/>
        <source>Planned</source>
        <translation>Запланавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="296"/>
        <location filename="../../app/ui/quality/dashboard.py" line="305"/>
        <location filename="../../app/ui/quality/dashboard.py" line="361"/>
        <location filename="../../app/ui/quality/dashboard.py" line="363"/>
        <source>Completed</source>
        <translation>Завершана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="296"/>
        <location filename="../../app/ui/quality/dashboard.py" line="362"/>
        <source>In progress</source>
        <translation>У рабоце</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="296"/>
        <source>Done</source>
        <translation>Выканана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="298"/>
        <location filename="../../app/ui/quality/dashboard.py" line="362"/>
        <source>Whole round</source>
        <translation>Увесь цыкл</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="305"/>
        <location filename="../../app/ui/quality/dashboard.py" line="363"/>
        <source>Contact</source>
        <translation>Зварот</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="306"/>
        <location filename="../../app/ui/quality/dashboard.py" line="364"/>
        <source>Reviewer</source>
        <translation>Правяраючы</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="306"/>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="306"/>
        <location filename="../../app/ui/quality/dashboard.py" line="357"/>
        <location filename="../../app/ui/quality/dashboard.py" line="364"/>
        <source>Band</source>
        <translation>Узровень</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="307"/>
        <location filename="../../app/ui/quality/dashboard.py" line="365"/>
        <source>Read</source>
        <translation>Прачытана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="310"/>
        <location filename="../../app/ui/quality/dashboard.py" line="365"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="310"/>
        <location filename="../../app/ui/quality/dashboard.py" line="366"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="317"/>
        <location filename="../../app/ui/quality/dashboard.py" line="360"/>
        <source>Reviews</source>
        <translation>Ацэнак</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="350"/>
        <source>Counselling quality</source>
        <translation>Якасць кансультавання</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="350"/>
        <source>Period</source>
        <translation>Перыяд</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="351"/>
        <source>Made</source>
        <translation>Падрыхтавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="351"/>
        <source>Site</source>
        <translation>Офіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="352"/>
        <source>Team average, %</source>
        <translation>Сярэдняе па камандзе, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="353"/>
        <source>Scores by consultant, %</source>
        <translation>Балы па кансультантах, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="354"/>
        <source>Average score by month, %</source>
        <translation>Сярэдні бал па месяцах, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="355"/>
        <source>Scores by section, %</source>
        <translation>Балы па раздзелах, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="356"/>
        <source>Reviews against the plan</source>
        <translation>Выкананне плана ацэнак</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="357"/>
        <source>Staff development</source>
        <translation>Павышэнне кваліфікацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="359"/>
        <source>Average, %</source>
        <translation>Сярэдняе, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="364"/>
        <source>Score, %</source>
        <translation>Бал, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="365"/>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="366"/>
        <source>Page %1</source>
        <translation>Старонка %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="367"/>
        <source>Meetings</source>
        <translation>Нарады</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="368"/>
        <source>Examinations</source>
        <translation>Экзамены</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="369"/>
        <source>Trainings</source>
        <translation>Трэнінгі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="377"/>
        <source>quality</source>
        <translation>якасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="378"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Кніга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="379"/>
        <source>PDF document (*.pdf)</source>
        <translation>Дакумент PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="380"/>
        <source>Export the dashboard</source>
        <translation>Экспарт зводкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="394"/>
        <source>Exported</source>
        <translation>Экспарт выкананы</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="395"/>
        <source>The dashboard was saved to %1</source>
        <translation>Зводка захавана ў файл %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="399"/>
        <source>Not exported</source>
        <translation>Экспарт не выкананы</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/dashboard.py" line="401"/>
        <source>Exporting…</source>
        <translation>Экспарт…</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="54"/>
        <source>«%1» is not a date: type the day, month and year, as 07.01.2027</source>
        <translation>«%1» — не дата: увядзіце дзень, месяц і год, напрыклад 07.01.2027</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="62"/>
        <source>%1 is not a year the field accepts (%2–%3)</source>
        <translation>Год %1 тут не прымаецца (%2–%3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="69"/>
        <source>There is no month %1: months are 1 to 12</source>
        <translation>Месяца %1 няма: месяцы ад 1 да 12</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="76"/>
        <source>There is no %1: that month has %2 days</source>
        <translation>Даты %1 няма: у гэтым месяцы %2 дз.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="87"/>
        <source>«%1» is not a time: type hours and minutes, as 14:30</source>
        <translation>«%1» — не час: увядзіце гадзіны і хвіліны, напрыклад 14:30</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="94"/>
        <source>There is no time %1: hours are 0 to 23, minutes 0 to 59</source>
        <translation>Часу %1 няма: гадзіны ад 0 да 23, хвіліны ад 0 да 59</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="111"/>
        <source>«%1» is not a date and time: type them as 07.01.2027 14:30</source>
        <translation>«%1» — не дата і час: увядзіце іх так: 07.01.2027 14:30</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="241"/>
        <source>dd.mm.yyyy hh:mm</source>
        <translation>дд.мм.гггг гг:хх</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="243"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="245"/>
        <source>Calendar (F4)</source>
        <translation>Каляндар (F4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="279"/>
        <source>A date is required here</source>
        <translation>Тут патрэбна дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datefield.py" line="281"/>
        <source>A date and time are required here</source>
        <translation>Тут патрэбны дата і час</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="175"/>
        <location filename="../../app/ui/shift/dialogs.py" line="185"/>
        <source>Ask for a debrief</source>
        <translation>Папрасіць пра разбор</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="177"/>
        <source>A supervisor will find time to talk the call through with you. The note is optional: only you and the supervisors read it, and it is never counted.</source>
        <translation>Супервізар знойдзе час абмеркаваць з вамі гэтую размову. Нататка неабавязковая: яе чытаеце толькі вы і супервізары, і яна нідзе не ўлічваецца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="182"/>
        <source>What you would like to talk about (optional)</source>
        <translation>Пра што вы хацелі б пагаварыць (неабавязкова)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="196"/>
        <source>The note is longer than %1 characters.</source>
        <translation>Нататка даўжэйшая за %1 знакаў.</translation>
    </message>
</context>
<context>
    <name>DirectoryHistoryDialog</name>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="303"/>
        <source>History: %1</source>
        <translation>Гісторыя: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="305"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="305"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="305"/>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="305"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="306"/>
        <source>After</source>
        <translation>Стала</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="311"/>
        <source>Added</source>
        <translation>Дададзена</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="311"/>
        <source>Changed</source>
        <translation>Зменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="312"/>
        <source>Marked verified</source>
        <translation>Адзначаны як правераны</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="312"/>
        <location filename="../../app/ui/directory/dialogs.py" line="323"/>
        <source>Retired</source>
        <translation>У архіве</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="313"/>
        <source>Offered again</source>
        <translation>Вернуты з архіва</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="313"/>
        <source>Imported</source>
        <translation>Імпартавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="318"/>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="318"/>
        <source>Type</source>
        <translation>Тып</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="318"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="319"/>
        <source>City</source>
        <translation>Горад</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="319"/>
        <source>Address</source>
        <translation>Адрас</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="319"/>
        <source>Phones</source>
        <translation>Тэлефоны</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="320"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="320"/>
        <source>Website</source>
        <translation>Вэб-сайт</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="321"/>
        <source>Working hours</source>
        <translation>Гадзіны працы</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="321"/>
        <source>Languages spoken</source>
        <translation>Мовы зносін</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="322"/>
        <source>Services</source>
        <translation>Паслугі</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="322"/>
        <source>Notes for consultants</source>
        <translation>Нататкі для кансультантаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="323"/>
        <source>Verified</source>
        <translation>Праверана</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="324"/>
        <source>Emergency numbers</source>
        <translation>Экстраныя нумары</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../app/ui/directory/page.py" line="189"/>
        <source>Directory of contacts abroad</source>
        <translation>Даведнік кантактаў за мяжой</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="190"/>
        <source>Search: name, city, service… (Ctrl+F)</source>
        <translation>Пошук: назва, горад, паслуга… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="191"/>
        <source>All types</source>
        <translation>Усе тыпы</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="195"/>
        <location filename="../../app/ui/directory/page.py" line="240"/>
        <source>All countries</source>
        <translation>Усе краіны</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="196"/>
        <source>Show re&amp;tired</source>
        <translation>Паказваць &amp;архіўныя</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="197"/>
        <source>To be checked when not verified for (&amp;months):</source>
        <translation>Патрабуе праверкі, калі не правяраўся (&amp;месяцаў):</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="192"/>
        <location filename="../../app/ui/directory/page.py" line="199"/>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="199"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="193"/>
        <location filename="../../app/ui/directory/page.py" line="199"/>
        <source>Type</source>
        <translation>Тып</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="199"/>
        <source>City</source>
        <translation>Горад</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="200"/>
        <source>Verified</source>
        <translation>Праверана</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="200"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="201"/>
        <source>&amp;Add…</source>
        <translation>&amp;Дадаць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="202"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Змяніць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="203"/>
        <source>Mark &amp;verified</source>
        <translation>Адзначыць &amp;правераным</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="204"/>
        <source>&amp;History…</source>
        <translation>&amp;Гісторыя…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="205"/>
        <source>Emergency &amp;numbers…</source>
        <translation>&amp;Экстраныя нумары…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="206"/>
        <source>&amp;Import…</source>
        <translation>&amp;Імпарт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="207"/>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспарт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="213"/>
        <source>To be chec&amp;ked (%1)</source>
        <translation>&amp;Трэба праверыць (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="217"/>
        <source>The first %1 entries are shown: narrow the search.</source>
        <translation>Паказаны толькі першыя запісы (%1): звузьце пошук.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="219"/>
        <source>Entries shown: %1</source>
        <translation>Паказана запісаў: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="230"/>
        <source>&amp;Offer again</source>
        <translation>&amp;Вярнуць з архіва</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="232"/>
        <source>&amp;Retire…</source>
        <translation>&amp;У архіў…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="319"/>
        <source>The directory is empty. Add entries one by one, or import a file that the infoline keeps (Import…). The columns are described in the manual.</source>
        <translation>Даведнік пусты. Дадавайце запісы па адным або імпартуйце файл, які вядзе інфалінія (Імпарт…). Слупкі апісаны ў кіраўніцтве.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="321"/>
        <source>Nothing matches the search.</source>
        <translation>Нічога не знойдзена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="376"/>
        <location filename="../../app/ui/directory/page.py" line="396"/>
        <location filename="../../app/ui/directory/page.py" line="482"/>
        <source>Not changed</source>
        <translation>Не зменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="386"/>
        <source>Retire the entry?</source>
        <translation>Перанесці запіс у архіў?</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="387"/>
        <source>“%1” will no longer be offered to consultants. It stays in the history of the contacts it was given in, and “Show retired” can offer it again.</source>
        <translation>Запіс «%1» больш не будзе прапаноўвацца кансультантам. Ён застанецца ў гісторыі зваротаў, у якіх яго паведамлялі, а праз «Паказваць архіўныя» яго можна вярнуць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="417"/>
        <source>Import the directory</source>
        <translation>Імпарт даведніка</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="418"/>
        <source>Directory files (*.csv *.xlsx)</source>
        <translation>Файлы даведніка (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="425"/>
        <source>Reading the file…</source>
        <translation>Чытанне файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="434"/>
        <source>Nothing imported</source>
        <translation>Нічога не імпартавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="435"/>
        <source>%1 has %2 problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation>У файле %1 знойдзены памылкі (%2); нічога не імпартавана. Выпраўце файл і імпартуйце яго зноў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="447"/>
        <source>Import the directory?</source>
        <translation>Імпартаваць даведнік?</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="441"/>
        <source>%1: %2 new entries, %3 changed, %4 unchanged, emergency numbers of %5 countries. Import?</source>
        <translation>%1: новых запісаў — %2, змененых — %3, без змен — %4; экстраныя нумары краін: %5. Імпартаваць?</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="453"/>
        <source>Importing the directory…</source>
        <translation>Імпарт даведніка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="458"/>
        <source>cells separated by commas</source>
        <translation>ячэйкі падзелены коскамі</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="459"/>
        <source>cells separated by semicolons</source>
        <translation>ячэйкі падзелены кропкай з коскай</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="460"/>
        <source>cells separated by tabs</source>
        <translation>ячэйкі падзелены табуляцыяй</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="461"/>
        <source>The file was read as %1 text, %2.</source>
        <translation>Файл прачытаны як тэкст у кадоўцы %1, %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="470"/>
        <source>Directory imported</source>
        <translation>Даведнік імпартаваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="471"/>
        <source>%1 new entries, %2 changed.</source>
        <translation>Новых запісаў: %1, змененых: %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="477"/>
        <location filename="../../app/ui/directory/page.py" line="480"/>
        <location filename="../../app/ui/directory/page.py" line="485"/>
        <source>The file could not be used</source>
        <translation>Не ўдалося выкарыстаць файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="483"/>
        <source>Only administrators change the directory.</source>
        <translation>Змяняць даведнік могуць толькі адміністратары.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="486"/>
        <source>An unexpected error occurred; the log file has the details.</source>
        <translation>Адбылася непрадбачаная памылка; падрабязнасці — у журнале працы праграмы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="489"/>
        <source>Export the directory</source>
        <translation>Экспарт даведніка</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="498"/>
        <source>Exporting the directory…</source>
        <translation>Экспарт даведніка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="502"/>
        <source>Directory exported</source>
        <translation>Даведнік экспартаваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/page.py" line="503"/>
        <source>%1 rows written to %2.</source>
        <translation>Запісана радкоў: %1, файл: %2.</translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="280"/>
        <source>Copy to the notes (F8)</source>
        <translation>Скапіяваць у нататкі (F8)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="285"/>
        <source>Contacts abroad (F7)</source>
        <translation>Кантакты за мяжой (F7)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="344"/>
        <source>Choose a destination country: its embassies, organisations and emergency numbers appear here.</source>
        <translation>Выберыце краіну прызначэння: тут з’явяцца яе пасольствы, арганізацыі і экстраныя нумары.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="347"/>
        <source>No directory entries for this country yet.</source>
        <translation>У даведніку пакуль няма запісаў па гэтай краіне.</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="258"/>
        <source>Emergency numbers of a country</source>
        <translation>Экстраныя нумары краіны</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="260"/>
        <source>&amp;Country:</source>
        <translation>&amp;Краіна:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="260"/>
        <source>&amp;Numbers:</source>
        <translation>&amp;Нумары:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="260"/>
        <source>N&amp;otes:</source>
        <translation>На&amp;таткі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="262"/>
        <source>One a line, e.g. “112 — all emergencies”</source>
        <translation>Па адным у радку, напрыклад «112 — усе экстраныя службы»</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="273"/>
        <source>Last changed %1</source>
        <translation>Апошняя змена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="278"/>
        <source>Choose a country.</source>
        <translation>Выберыце краіну.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="285"/>
        <source>check the numbers (each line with a number, at most 2000 characters).</source>
        <translation>праверце нумары (у кожным радку — нумар, не больш за 2000 знакаў).</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="289"/>
        <source>Not saved</source>
        <translation>Не захавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="290"/>
        <source>Only administrators change the directory.</source>
        <translation>Змяняць даведнік могуць толькі адміністратары.</translation>
    </message>
</context>
<context>
    <name>EmergencyPage</name>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="361"/>
        <source>Emergency number in %1: %2</source>
        <translation>Экстраны нумар — %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="364"/>
        <source>No emergency number known for %1: in Europe and many other countries 112 works.</source>
        <translation>%1: экстраны нумар невядомы. У Еўропе і многіх іншых краінах працуе 112.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="366"/>
        <source>this country</source>
        <translation>Гэтая краіна</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="369"/>
        <source>Embassy of Belarus:</source>
        <translation>Пасольства Беларусі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="371"/>
        <source>Embassy of Belarus: see the directory of contacts abroad.</source>
        <translation>Пасольства Беларусі: гл. даведнік кантактаў за мяжой.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="125"/>
        <source>Edit the entry</source>
        <translation>Змяненне запісу</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="125"/>
        <source>New entry</source>
        <translation>Новы запіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="127"/>
        <source>&amp;Country:</source>
        <translation>&amp;Краіна:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="127"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тып:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="128"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="128"/>
        <source>C&amp;ity:</source>
        <translation>&amp;Горад:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="129"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрас:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="129"/>
        <source>&amp;Phones:</source>
        <translation>Тэле&amp;фоны:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="130"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="130"/>
        <source>&amp;Website:</source>
        <translation>&amp;Вэб-сайт:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="131"/>
        <source>Working &amp;hours:</source>
        <translation>Гадзіны п&amp;рацы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="131"/>
        <source>&amp;Languages spoken:</source>
        <translation>&amp;Мовы зносін:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="132"/>
        <source>Se&amp;rvices:</source>
        <translation>&amp;Паслугі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="132"/>
        <source>N&amp;otes for consultants:</source>
        <translation>Нататкі &amp;для кансультантаў:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="136"/>
        <source>One number a line, with the country code</source>
        <translation>Па адным нумары ў радку, з кодам краіны</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="137"/>
        <source>I checked these contacts today (marks the entry verified)</source>
        <translation>Я праверыў(ла) гэтыя кантакты сёння (запіс будзе адзначаны як правераны)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="139"/>
        <source>FICTIONAL (demo): this entry was made up for the demo database. Never give it to a caller.</source>
        <translation>ВЫДУМАНА (дэма): гэты запіс прыдуманы для дэманстрацыйнай базы. Ніколі не паведамляйце яго абанентам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="155"/>
        <source>Never verified</source>
        <translation>Яшчэ не правяраўся</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="157"/>
        <source>Last verified %1 by %2</source>
        <translation>Апошняя праверка: %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="160"/>
        <source>Last verified %1</source>
        <translation>Апошняя праверка: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="181"/>
        <source>“%1” is not a phone number</source>
        <translation>«%1» — не нумар тэлефона</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="186"/>
        <source>not a web address</source>
        <translation>не падобна на адрас сайта</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="188"/>
        <source>a demo name “(ДЕМО)…” has no place in a real database</source>
        <translation>дэманстрацыйнай назве «(ДЕМО)…» не месца ў працоўнай базе</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="209"/>
        <location filename="../../app/ui/directory/dialogs.py" line="214"/>
        <source>Not saved</source>
        <translation>Не захавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="210"/>
        <source>Someone else changed this entry since you opened it. Close this window and open the entry again.</source>
        <translation>Хтосьці іншы змяніў гэты запіс, пакуль ён быў у вас адкрыты. Зачыніце гэтае акно і адкрыйце запіс нанова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/dialogs.py" line="215"/>
        <source>Only administrators change the directory.</source>
        <translation>Змяняць даведнік могуць толькі адміністратары.</translation>
    </message>
</context>
<context>
    <name>EntryText</name>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="64"/>
        <source>FICTIONAL (demo)</source>
        <translation>ВЫДУМАНА (дэма)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="67"/>
        <source>to be checked</source>
        <translation>патрабуе праверкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="70"/>
        <source>retired</source>
        <translation>у архіве</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="90"/>
        <source>Never verified</source>
        <translation>Не правяраўся</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="92"/>
        <source>Verified %1 by %2</source>
        <translation>Правераны %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="94"/>
        <source>Verified %1</source>
        <translation>Правераны %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="103"/>
        <source>tel. %1</source>
        <translation>тэл. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="105"/>
        <source>e-mail %1</source>
        <translation>эл. пошта %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="109"/>
        <source>address: %1</source>
        <translation>адрас: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="111"/>
        <source>hours: %1</source>
        <translation>гадзіны працы: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="119"/>
        <source>Emergency numbers, %1:</source>
        <translation>Экстраныя нумары, %1:</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="133"/>
        <source>Phones</source>
        <translation>Тэлефоны</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="135"/>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="137"/>
        <source>Website</source>
        <translation>Вэб-сайт</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="139"/>
        <source>Working hours</source>
        <translation>Гадзіны працы</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="142"/>
        <source>Address</source>
        <translation>Адрас</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="144"/>
        <source>Languages</source>
        <translation>Мовы</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="146"/>
        <source>Services</source>
        <translation>Паслугі</translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="148"/>
        <source>Notes for consultants</source>
        <translation>Нататкі для кансультантаў</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/directory/panel.py" line="167"/>
        <source>Given to callers: %n time(s)</source>
        <translation>
            <numerusform>Паведамлена абанентам: %n раз</numerusform>
            <numerusform>Паведамлена абанентам: %n разы</numerusform>
            <numerusform>Паведамлена абанентам: %n разоў</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/directory/panel.py" line="169"/>
        <source>, last on %1</source>
        <translation>, апошні раз %1</translation>
    </message>
</context>
<context>
    <name>ErasurePage</name>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="87"/>
        <source>Erase a person&apos;s data</source>
        <translation>Выдаленне даных чалавека</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="90"/>
        <source>Name, phone or e-mail of a caller or client</source>
        <translation>Імя, тэлефон або e-mail абанента або кліента</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="92"/>
        <source>Find</source>
        <translation>Знайсці</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="95"/>
        <location filename="../../app/ui/erasure/page.py" line="112"/>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="95"/>
        <source>Person</source>
        <translation>Чалавек</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="95"/>
        <source>Contacts</source>
        <translation>Звароты</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="95"/>
        <source>Cases</source>
        <translation>Справы</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="99"/>
        <source>Erase…</source>
        <translation>Выдаліць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="104"/>
        <location filename="../../app/ui/erasure/page.py" line="216"/>
        <source>Retention</source>
        <translation>Тэрмін захоўвання</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="123"/>
        <source>Years after closing when a case is listed for review:</source>
        <translation>Праз колькі гадоў пасля закрыцця справа выносіцца на перагляд:</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="109"/>
        <source>Apply</source>
        <translation>Ужыць</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="112"/>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="112"/>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="163"/>
        <source>Caller profile</source>
        <translation>Профіль абанента</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="165"/>
        <source>Assistance client</source>
        <translation>Кліент справы аб дапамозе</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="174"/>
        <source>Found: %1</source>
        <translation>Знойдзена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="191"/>
        <source>Erasing personal data…</source>
        <translation>Выдаленне персанальных даных…</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="210"/>
        <source>Erase personal data</source>
        <translation>Выдаленне персанальных даных</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="200"/>
        <source>Erased: %1 contact(s), %2 crisis case(s), %3 assistance case(s), %4 draft(s).</source>
        <translation>Выдалена: зваротаў — %1, крызісных спраў — %2, спраў аб дапамозе — %3, чарнавікоў — %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="222"/>
        <source>Assistance case</source>
        <translation>Справа аб дапамозе</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="222"/>
        <source>Crisis case</source>
        <translation>Крызісная справа</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="229"/>
        <source>%1 closed case(s) are older than the retention period: review them and erase what is no longer needed.</source>
        <translation>Закрытых спраў, старэйшых за тэрмін захоўвання: %1. Праглядзіце іх і выдаліце тое, што больш не патрэбна.</translation>
    </message>
    <message>
        <location filename="../../app/ui/erasure/page.py" line="231"/>
        <source>No closed case is older than the retention period.</source>
        <translation>Няма закрытых спраў, старэйшых за тэрмін захоўвання.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="22"/>
        <source>required</source>
        <translation>абавязковае поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="23"/>
        <source>unknown value</source>
        <translation>невядомае значэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="24"/>
        <source>is in the future</source>
        <translation>у будучыні</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="25"/>
        <source>is before the year 2000</source>
        <translation>раней за 2000 год</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="26"/>
        <source>the end is before the start</source>
        <translation>заканчэнне раней за пачатак</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="27"/>
        <source>too long: at most %1 characters</source>
        <translation>занадта доўгі тэкст (максімум знакаў: %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="28"/>
        <source>not an e-mail address</source>
        <translation>не падобна на адрас эл. пошты</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/errors.py" line="35"/>
        <source>Not saved:</source>
        <translation>Не захавана:</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="305"/>
        <source>Infoline Desk — the first administrator</source>
        <translation>Infoline Desk — першы адміністратар</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="307"/>
        <source>Protecting this database</source>
        <translation>Абарона гэтай базы даных</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="309"/>
        <source>This database was made by an older version, without passwords. From now on it is encrypted, and everyone logs in with a personal account. Create the first administrator&apos;s account: the administrator then adds the others. Nothing recorded so far is lost.</source>
        <translation>Гэта база даных створана ранейшай версіяй, без пароляў. Цяпер яна будзе зашыфравана, і кожны ўваходзіць пад асабістым уліковым запісам. Стварыце ўліковы запіс першага адміністратара: ён потым дадасць астатніх. Нічога з запісанага не губляецца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="314"/>
        <source>The first administrator</source>
        <translation>Першы адміністратар</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="316"/>
        <source>The new database is encrypted and opens only with a personal account. Create the first administrator&apos;s account; the administrator then adds the consultants and the other staff.</source>
        <translation>Новая база даных зашыфравана і адкрываецца толькі па асабістым уліковым запісе. Стварыце ўліковы запіс першага адміністратара; ён потым дадасць кансультантаў і іншых супрацоўнікаў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="320"/>
        <source>&amp;User name:</source>
        <translation>&amp;Імя карыстальніка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="320"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Прозвішча і імя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="320"/>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="321"/>
        <source>Password a&amp;gain:</source>
        <translation>Пароль &amp;яшчэ раз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="324"/>
        <source>A password has at least 10 characters; a few words in a row make a good one. Common passwords are refused.</source>
        <translation>Пароль — не менш за 10 знакаў; некалькі слоў запар — добры пароль. Пашыраныя паролі не прымаюцца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="326"/>
        <source>&amp;Create and log in</source>
        <translation>&amp;Стварыць і ўвайсці</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="327"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйсці</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="344"/>
        <source>The database could not be set up: %1</source>
        <translation>Не ўдалося падрыхтаваць базу даных: %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="134"/>
        <source>Follow-up contact</source>
        <translation>Паўторны кантакт</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="143"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="144"/>
        <source>Date and &amp;time:</source>
        <translation>&amp;Дата і час:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="145"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Нататкі:</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="152"/>
        <source>Hand the task over</source>
        <translation>Перадаць задачу</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="158"/>
        <source>&amp;To:</source>
        <translation>&amp;Каму:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="159"/>
        <source>Hand over</source>
        <translation>Перадаць</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../app/ui/help.py" line="608"/>
        <source>Help</source>
        <translation>Даведка</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="609"/>
        <source>&amp;Help for this screen</source>
        <translation>&amp;Даведка па гэтым экране</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="610"/>
        <source>User &amp;guide</source>
        <translation>&amp;Кіраўніцтва карыстальніка</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="611"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Спалучэнні к&amp;лавіш</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="612"/>
        <source>&amp;About Infoline Desk</source>
        <translation>&amp;Пра праграму</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../app/ui/help.py" line="179"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="180"/>
        <source>&amp;Forward</source>
        <translation>На&amp;перад</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="181"/>
        <source>&amp;Contents</source>
        <translation>&amp;Змест</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="182"/>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="183"/>
        <source>Save as P&amp;DF…</source>
        <translation>Захаваць як &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="188"/>
        <source>User guide</source>
        <translation>Кіраўніцтва карыстальніка</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="212"/>
        <source>Save the guide&apos;s page as PDF</source>
        <translation>Захаваць старонку кіраўніцтва ў PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="212"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/journal/history.py" line="66"/>
        <source>History of the contact</source>
        <translation>Гісторыя звароту</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="68"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="68"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="68"/>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="68"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="69"/>
        <source>After</source>
        <translation>Стала</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="74"/>
        <source>Kind</source>
        <translation>Від звароту</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="74"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="75"/>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="75"/>
        <source>End</source>
        <translation>Заканчэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="76"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="76"/>
        <source>Age group</source>
        <translation>Узрост</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="77"/>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="77"/>
        <source>Caller&apos;s role</source>
        <translation>Хто звяртаецца</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="78"/>
        <source>Topics</source>
        <translation>Тэмы</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="78"/>
        <source>Destinations</source>
        <translation>Краіны прызначэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="79"/>
        <source>Travel purpose</source>
        <translation>Мэта выезду</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="80"/>
        <source>How they heard of us</source>
        <translation>Адкуль даведаліся пра нас</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="80"/>
        <source>Outcome</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="81"/>
        <source>Crisis</source>
        <translation>Крызісная сітуацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="81"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="82"/>
        <source>Caller profile</source>
        <translation>Картка абанента</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="82"/>
        <source>Organisation</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="89"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="89"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="95"/>
        <source>linked</source>
        <translation>прывязана</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="108"/>
        <source>Recorded</source>
        <translation>Запісана</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/history.py" line="112"/>
        <source>Imported from a file</source>
        <translation>Імпартавана з файла</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../app/ui/lock.py" line="320"/>
        <source>Infoline Desk — locked</source>
        <translation>Infoline Desk — заблакаваны</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="146"/>
        <location filename="../../app/ui/journal/import_dialog.py" line="242"/>
        <source>Import a legacy spreadsheet</source>
        <translation>Імпарт старой табліцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="147"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="148"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбраць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="149"/>
        <source>Columns to map</source>
        <translation>Супастаўленне слупкоў</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="151"/>
        <source>These columns are not part of the interchange format. Say which column each one is, or leave it out.</source>
        <translation>Гэтых слупкоў няма ў фармаце абмену. Пазначце, якому слупку адпавядае кожны з іх, або прапусціце яго.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="153"/>
        <source>The file (first %1 rows):</source>
        <translation>Файл (першыя радкі: %1):</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="155"/>
        <source>Problems found:</source>
        <translation>Знойдзеныя памылкі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="156"/>
        <source>&amp;Import</source>
        <translation>&amp;Імпартаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="165"/>
        <source>date — date and time</source>
        <translation>date — дата і час</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="165"/>
        <source>channel</source>
        <translation>channel — канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="166"/>
        <source>kind — consultation or a contact without counselling</source>
        <translation>kind — кансультацыя або зварот без кансультацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="167"/>
        <source>gender</source>
        <translation>gender — пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="167"/>
        <source>age group</source>
        <translation>age_group — узрост</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="168"/>
        <source>region</source>
        <translation>region — рэгіён</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="168"/>
        <source>organisation</source>
        <translation>organisation — арганізацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="169"/>
        <source>topics</source>
        <translation>topics — тэмы</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="169"/>
        <source>destination countries</source>
        <translation>destinations — краіны прызначэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="170"/>
        <source>crisis (yes/no)</source>
        <translation>crisis — крызісная сітуацыя (так/не)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="171"/>
        <source>how they heard of the infoline</source>
        <translation>how_heard — адкуль даведаліся пра інфалінію</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="171"/>
        <source>notes</source>
        <translation>notes — нататкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="159"/>
        <source>Choose a CSV or XLSX file with the columns date, channel, kind, gender, age_group, region, organisation, topics, destinations, crisis, how_heard, notes. Values may be codes or labels in any language.</source>
        <translation>Выберыце файл CSV або XLSX са слупкамі date, channel, kind, gender, age_group, region, organisation, topics, destinations, crisis, how_heard, notes. Значэнні могуць быць кодамі або назвамі на любой мове.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="178"/>
        <source>not UTF-8, UTF-16 or Windows-1251 text; save the file as “CSV UTF-8”</source>
        <translation>тэкст не ў кадоўцы UTF-8, UTF-16 або Windows-1251; захавайце файл як «CSV UTF-8»</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="180"/>
        <source>not readable as %1 text (byte %2)</source>
        <translation>не чытаецца як тэкст у кадоўцы %1 (байт %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="182"/>
        <source>the workbook is too large to read (more than %1 MB uncompressed)</source>
        <translation>кніга занадта вялікая для чытання (больш за %1 МБ у распакаваным выглядзе)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="184"/>
        <source>a cell is longer than %1 characters</source>
        <translation>у ячэйцы больш за %1 сімвалаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="186"/>
        <source>more than %1 columns</source>
        <translation>больш за %1 слупкоў</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="187"/>
        <source>not a text file</source>
        <translation>гэта не тэкставы файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="188"/>
        <source>more than %1 rows; split the file</source>
        <translation>больш за %1 радкоў; падзяліце файл на часткі</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="190"/>
        <source>not valid CSV (%1)</source>
        <translation>няправільны фармат CSV (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="191"/>
        <source>the file is empty</source>
        <translation>файл пусты</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="192"/>
        <source>not a readable XLSX workbook</source>
        <translation>кніга XLSX не чытаецца</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="193"/>
        <source>the file cannot be read (%1)</source>
        <translation>файл не ўдаецца прачытаць (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="194"/>
        <source>this column has data but no name</source>
        <translation>у слупку ёсць даныя, але няма назвы</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="195"/>
        <source>mapped to “%1”, which is not a column of the interchange format</source>
        <translation>супастаўлены з «%1», але такога слупка няма ў фармаце абмену</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="197"/>
        <source>unknown column: map it to a known column above, or leave it out</source>
        <translation>невядомы слупок: супастаўце яго з вядомым слупком вышэй або прапусціце</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="199"/>
        <source>a second column for “%1” (the first is “%2”)</source>
        <translation>другі слупок для «%1» (першы — «%2»)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="201"/>
        <source>the required column “%1” is missing</source>
        <translation>няма абавязковага слупка «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="203"/>
        <source>“%1” is not a known value (codes: %2, or their labels)</source>
        <translation>«%1» — невядомае значэнне (коды: %2 або іх назвы)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="205"/>
        <source>longer than %1 characters</source>
        <translation>даўжэйшае за %1 знакаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="206"/>
        <source>is required</source>
        <translation>абавязковае поле</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="207"/>
        <source>“%1” is not a date (write 2013-03-14 or 2013-03-14T09:30)</source>
        <translation>«%1» — не дата (пішыце 2013-03-14 або 2013-03-14T09:30)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="209"/>
        <source>“%1” is not a known topic</source>
        <translation>«%1» — невядомая тэма</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="210"/>
        <source>“%1” is not a country (ISO 3166 code such as PL, or its name)</source>
        <translation>«%1» — не краіна (патрэбны код ISO 3166, напрыклад PL, або назва краіны)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="212"/>
        <source>“%1” is neither yes nor no</source>
        <translation>«%1» — не «так» і не «не»</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="213"/>
        <source>is in the future</source>
        <translation>у будучыні</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="214"/>
        <source>is before 2000</source>
        <translation>раней за 2000 год</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="215"/>
        <source>a contact without counselling keeps no counselling details; not imported: %1</source>
        <translation>у звароту без кансультацыі не захоўваюцца даныя кансультацыі; не імпартавана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="218"/>
        <source>more cells than the header has columns</source>
        <translation>ячэек больш, чым слупкоў у загалоўку</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="219"/>
        <source>the file has no rows under its header</source>
        <translation>у файле няма радкоў пад загалоўкам</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="220"/>
        <source>these contacts were already imported on %1 from “%2” (%3 contacts); nothing imported</source>
        <translation>гэтыя звароты ўжо імпартаваны %1 з файла «%2» (зваротаў: %3); нічога не імпартавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="223"/>
        <source>cancelled; nothing imported</source>
        <translation>скасавана; нічога не імпартавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="226"/>
        <source>row %1, column %2: %3</source>
        <translation>радок %1, слупок %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="229"/>
        <source>row %1: %2</source>
        <translation>радок %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="234"/>
        <source>cells separated by commas</source>
        <translation>ячэйкі падзелены коскамі</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="235"/>
        <source>cells separated by semicolons</source>
        <translation>ячэйкі падзелены кропкай з коскай</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="236"/>
        <source>cells separated by tabs</source>
        <translation>ячэйкі падзелены табуляцыяй</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="237"/>
        <source>read as %1, %2</source>
        <translation>прачытаны як %1, %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="243"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Табліцы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="255"/>
        <location filename="../../app/ui/journal/import_dialog.py" line="261"/>
        <source>Reading the file…</source>
        <translation>Чытанне файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="268"/>
        <source>%1: %2 rows, %3 columns</source>
        <translation>%1: радкоў — %2, слупкоў — %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="271"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="304"/>
        <source>— choose a column —</source>
        <translation>— выберыце слупок —</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="305"/>
        <source>Leave this column out</source>
        <translation>Прапусціць гэты слупок</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="335"/>
        <source>Checking…</source>
        <translation>Праверка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="349"/>
        <source>Checking the file…</source>
        <translation>Праверка файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="358"/>
        <source>Note: %1</source>
        <translation>Заўвага: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="365"/>
        <source>These contacts were imported before; importing them again would count them twice. Nothing will be imported.</source>
        <translation>Гэтыя звароты ўжо імпартаваліся; паўторны імпарт улічыў бы іх двойчы. Нічога не будзе імпартавана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="370"/>
        <source>%1 problem(s) in %2 row(s): nothing can be imported until the file or the mapping is corrected.</source>
        <translation>Памылак: %1, радкоў з памылкамі: %2. Імпарт немагчымы, пакуль не выпраўлены файл або супастаўленне слупкоў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="373"/>
        <source>No problems: %1 contacts can be imported.</source>
        <translation>Памылак няма. Зваротаў для імпарту: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="389"/>
        <source>Importing…</source>
        <translation>Імпарт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="395"/>
        <source>Imported %1 contacts.</source>
        <translation>Імпартавана зваротаў: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="410"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Скасавана: нічога не імпартавана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="413"/>
        <source>These contacts were imported before; nothing was imported.</source>
        <translation>Гэтыя звароты ўжо імпартаваліся; нічога не імпартавана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="415"/>
        <source>The file cannot be used: nothing was imported.</source>
        <translation>Файл немагчыма выкарыстаць: нічога не імпартавана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="418"/>
        <source>The import failed; nothing was imported. The log file has the details.</source>
        <translation>Імпарт не ўдаўся; нічога не імпартавана. Падрабязнасці — у журнале працы праграмы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/import_dialog.py" line="425"/>
        <source>Stopping…</source>
        <translation>Спыненне…</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="26"/>
        <source>is not a known column</source>
        <translation>невядомы слупок</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="27"/>
        <source>appears twice in the header</source>
        <translation>сустракаецца ў загалоўку двойчы</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="29"/>
        <source>is required but missing from the header</source>
        <translation>абавязковы, але яго няма ў загалоўку</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="31"/>
        <source>holds a value beyond the last column</source>
        <translation>ёсць значэнне за апошнім слупком</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="33"/>
        <location filename="../../app/ui/widgets/import_problems.py" line="112"/>
        <source>is required</source>
        <translation>не запоўнена (абавязкова)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="34"/>
        <location filename="../../app/ui/widgets/import_problems.py" line="110"/>
        <source>is longer than %1 characters</source>
        <translation>даўжэйшае за %1 сімвалаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="36"/>
        <source>“%1” is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД або ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="39"/>
        <location filename="../../app/ui/widgets/import_problems.py" line="98"/>
        <source>is in the future</source>
        <translation>дата ў будучыні</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="40"/>
        <source>“%1”: must be yes or no</source>
        <translation>«%1»: трэба «так» або «не»</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="42"/>
        <source>“%1” is not a country code or name</source>
        <translation>«%1» — не код і не назва краіны</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="44"/>
        <source>“%1” is not an entry type</source>
        <translation>«%1» — невядомы тып запісу</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="46"/>
        <location filename="../../app/ui/widgets/import_problems.py" line="108"/>
        <source>“%1” is not a known code</source>
        <translation>«%1» — невядомы код</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="48"/>
        <source>“%1” is not a phone number</source>
        <translation>«%1» — не нумар тэлефона</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="50"/>
        <source>holds no number</source>
        <translation>няма ніводнага нумара</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="51"/>
        <source>“%1” is not an e-mail address</source>
        <translation>«%1» — не адрас эл. пошты</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="53"/>
        <source>is not a web address</source>
        <translation>не адрас сайта</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="54"/>
        <source>must be empty in a row of emergency numbers</source>
        <translation>у радку экстраных нумароў павінна быць пустым</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="56"/>
        <source>demo entries never go into a real database</source>
        <translation>дэманстрацыйныя запісы не ўносяцца ў працоўную базу</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="58"/>
        <source>is marked as demo data; a real database refuses it</source>
        <translation>пазначана як дэма-даныя; працоўная база іх не прымае</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="60"/>
        <source>“%1” is not an entry id</source>
        <translation>«%1» — не ідэнтыфікатар запісу</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="62"/>
        <source>the same entry as row %1</source>
        <translation>той жа запіс, што ў радку %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="64"/>
        <source>emergency numbers repeated from row %1</source>
        <translation>экстраныя нумары ўжо зададзены ў радку %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="67"/>
        <source>this entry was deleted</source>
        <translation>гэты запіс выдалены</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="69"/>
        <source>“%1” is not a registration number (УНП: 9 digits)</source>
        <translation>«%1» — не рэгістрацыйны нумар (УНП: 9 лічбаў)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="72"/>
        <source>%1 appears twice (row %2 too)</source>
        <translation>%1 сустракаецца двойчы (таксама ў радку %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="74"/>
        <source>is before the licence&apos;s start</source>
        <translation>раней за пачатак дзеяння ліцэнзіі</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="88"/>
        <source>not an object with the article&apos;s fields</source>
        <translation>не аб’ект з палямі артыкула</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="90"/>
        <source>not a field of an article</source>
        <translation>у артыкула няма такога поля</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="91"/>
        <source>missing or not an article id</source>
        <translation>няма ідэнтыфікатара артыкула або ён няправільны</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="92"/>
        <source>not text</source>
        <translation>не тэкст</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="93"/>
        <source>not a list of codes</source>
        <translation>не спіс кодаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="94"/>
        <source>neither “draft” nor “approved”</source>
        <translation>ні «draft», ні «approved»</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="96"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>«%1» — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="99"/>
        <source>neither true nor false</source>
        <translation>ні true, ні false</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="100"/>
        <source>a demo article, which only a demo database accepts</source>
        <translation>дэманстрацыйны артыкул: яго прымае толькі дэманстрацыйная база</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="102"/>
        <source>“%1” is neither an article nor a checklist</source>
        <translation>«%1» — ні артыкул, ні чэкліст</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="105"/>
        <source>“%1” is not a topic</source>
        <translation>«%1» — невядомая тэма</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="106"/>
        <source>“%1” is not a country code</source>
        <translation>«%1» — не код краіны</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="113"/>
        <source>a title needs its text</source>
        <translation>у загалоўка няма тэксту</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="114"/>
        <source>a text needs its title</source>
        <translation>у тэксту няма загалоўка</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="115"/>
        <source>write the title and text in Russian or Belarusian</source>
        <translation>напішыце загаловак і тэкст па-руску або па-беларуску</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="117"/>
        <source>begins with a demo mark, which only a demo database accepts</source>
        <translation>пачынаецца з пазнакі дэма-даных: такое прымае толькі дэманстрацыйная база</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="120"/>
        <source>the same id as article %1</source>
        <translation>той жа ідэнтыфікатар, што ў артыкула %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="122"/>
        <source>this article was removed here</source>
        <translation>гэты артыкул тут выдалены</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="130"/>
        <source>the file is not UTF-8, UTF-16 or Windows-1251 text; save it as “CSV UTF-8”</source>
        <translation>файл не ў кадзіроўцы UTF-8, UTF-16 або Windows-1251; захавайце яго як «CSV UTF-8»</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="133"/>
        <source>the file is not readable as %1 text (byte %2)</source>
        <translation>файл не чытаецца як тэкст у кадзіроўцы %1 (байт %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="136"/>
        <source>not a text file</source>
        <translation>гэта не тэкставы файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="137"/>
        <source>not a readable XLSX workbook</source>
        <translation>кніга XLSX не чытаецца</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="138"/>
        <source>not a readable CSV file</source>
        <translation>файл CSV не чытаецца</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="139"/>
        <source>a cell is longer than %1 characters</source>
        <translation>у ячэйцы больш за %1 сімвалаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="141"/>
        <source>the workbook is too large to read (more than %1 MB unpacked)</source>
        <translation>кніга занадта вялікая для чытання (у распакаваным выглядзе больш за %1 МБ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="144"/>
        <source>the file is larger than %1 MB</source>
        <translation>файл большы за %1 МБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="146"/>
        <source>the file cannot be read (%1)</source>
        <translation>файл не ўдаецца прачытаць (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="148"/>
        <source>the file cannot be read: access is denied</source>
        <translation>файл не ўдаецца прачытаць: няма доступу</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="150"/>
        <source>more than %1 rows; split the file</source>
        <translation>больш за %1 радкоў; падзяліце файл на часткі</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="152"/>
        <source>row %1 has more than %2 columns</source>
        <translation>у радку %1 больш за %2 слупкоў</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="155"/>
        <source>row %1 has a cell longer than %2 characters</source>
        <translation>у радку %1 ёсць ячэйка даўжэйшая за %2 сімвалаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="158"/>
        <source>there is no such file</source>
        <translation>такога файла няма</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="159"/>
        <source>the file name must end in .csv or .xlsx</source>
        <translation>імя файла павінна заканчвацца на .csv або .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="161"/>
        <source>the file is empty</source>
        <translation>файл пусты</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="163"/>
        <source>the file is not UTF-8 text (byte %1)</source>
        <translation>файл не ў кадзіроўцы UTF-8 (байт %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="165"/>
        <source>not a JSON file</source>
        <translation>гэта не файл JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="166"/>
        <source>not a JSON file (an error in line %1, column %2)</source>
        <translation>гэта не файл JSON (памылка ў радку %1, пазіцыя %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="169"/>
        <source>not a knowledge base file of Infoline Desk</source>
        <translation>гэта не файл базы ведаў Infoline Desk</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="171"/>
        <source>the file&apos;s format version is %1; this app reads version %2</source>
        <translation>версія фармату файла — %1; праграма чытае версію %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="174"/>
        <source>the file holds no list of articles</source>
        <translation>у файле няма спіса артыкулаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="176"/>
        <source>more than %1 articles</source>
        <translation>больш за %1 артыкулаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="225"/>
        <source>row %1, column %2: %3</source>
        <translation>радок %1, слупок %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="238"/>
        <source>article %1: %2</source>
        <translation>артыкул %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="240"/>
        <source>article %1, field %2: %3</source>
        <translation>артыкул %1, поле %2: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/import_problems.py" line="247"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 з BOM</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="44"/>
        <source>End call (F4)</source>
        <translation>Завяршыць званок (F4)</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="82"/>
        <source>What kind of contact is it? Press a number.</source>
        <translation>Які гэта від звароту? Націсніце лічбу.</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="148"/>
        <source>Channe&amp;l:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="158"/>
        <source>Date and &amp;time:</source>
        <translation>&amp;Дата і час:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="168"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="178"/>
        <source>&amp;Age group:</source>
        <translation>&amp;Узрост:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="188"/>
        <source>&amp;Region:</source>
        <translation>&amp;Рэгіён:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="198"/>
        <source>Caller&apos;s r&amp;ole:</source>
        <translation>&amp;Хто звяртаецца:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="208"/>
        <source>Travel &amp;purpose:</source>
        <translation>&amp;Мэта выезду:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="297"/>
        <source>&amp;Destination countries:</source>
        <translation>Краіны прызна&amp;чэння:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="314"/>
        <source>O&amp;utcome (Space ticks):</source>
        <translation>&amp;Вынік (прабел — адзначыць):</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="352"/>
        <source>Nic&amp;kname:</source>
        <translation>&amp;Імя або нік:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="365"/>
        <source>Phon&amp;e:</source>
        <translation>Тэл&amp;ефон:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="378"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="242"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Нататкі:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="218"/>
        <source>&amp;How they heard of us:</source>
        <translation>&amp;Адкуль даведаліся пра нас:</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="287"/>
        <source>Top&amp;ics (Space ticks):</source>
        <translation>&amp;Тэмы (прабел — адзначыць):</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="228"/>
        <source>Crisis situation a&amp;broad</source>
        <translation>Крызісная &amp;сітуацыя за мяжой</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="342"/>
        <source>Caller profile (optional, links repeat contacts)</source>
        <translation>Картка абанента (неабавязкова; звязвае паўторныя звароты)</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="470"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Захаваць (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="463"/>
        <source>Discard (Esc)</source>
        <translation>Скасаваць (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="456"/>
        <source>History…</source>
        <translation>Гісторыя…</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="446"/>
        <source>Crisis questionnaire… (Ctrl+K)</source>
        <translation>Крызісная анкета… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../app/forms/intake_form.ui" line="417"/>
        <source>Crisis situation abroad: Ctrl+K opens the crisis questionnaire, which saves this contact together with a crisis case.</source>
        <translation>Крызісная сітуацыя за мяжой: Ctrl+K адкрывае крызісную анкету, якая захавае гэты зварот разам з крызісным выпадкам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="365"/>
        <source>No contact in progress</source>
        <translation>Няма звароту ў рабоце</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="367"/>
        <source>Editing a contact</source>
        <translation>Рэдагаванне звароту</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="369"/>
        <source>New e-mail</source>
        <translation>Новы ліст</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="371"/>
        <source>New phone contact</source>
        <translation>Новы званок</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="373"/>
        <source>New contact</source>
        <translation>Новы зварот</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="377"/>
        <source>%1 of %2 characters</source>
        <translation>Знакаў: %1 з %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="558"/>
        <source>Restored from a draft</source>
        <translation>Адноўлена з чарнавіка</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="655"/>
        <source>Fill in what you learn while you talk. Ctrl+S saves.</source>
        <translation>Запаўняйце па ходзе размовы. Ctrl+S — захаваць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="659"/>
        <source>Press Enter to save as «%1». It is counted apart and never enters topic statistics.</source>
        <translation>Націсніце Enter, каб захаваць як «%1». Такія званкі ўлічваюцца асобна і не ўваходзяць у статыстыку па тэмах.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="647"/>
        <source>1 or Enter: a consultation (counted in statistics). 2–7: a call without counselling, saved at once (Undo in the status bar).</source>
        <translation>1 або Enter — кансультацыя (улічваецца ў статыстыцы). 2–7 — званок без кансультацыі, захоўваецца адразу (адмяніць можна ў радку стану).</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="651"/>
        <source>Set the date and time the e-mail came, then what it is about. Ctrl+S saves.</source>
        <translation>Укажыце дату і час ліста, потым яго тэму. Ctrl+S — захаваць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="665"/>
        <source>The e-mail&apos;s text and your notes</source>
        <translation>Тэкст ліста і вашы нататкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="707"/>
        <source>Responsible: %1</source>
        <translation>Адказная арганізацыя: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="717"/>
        <source>Outside working hours (%1–%2)</source>
        <translation>Па-за працоўным часам (%1–%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="730"/>
        <source>No earlier contacts: a new profile will be made.</source>
        <translation>Раней не звярталіся: будзе створана новая картка.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/intake/form.py" line="736"/>
        <source>Contacted before: %n time(s).</source>
        <translation>
            <numerusform>Звярталіся раней: %n раз.</numerusform>
            <numerusform>Звярталіся раней: %n разы.</numerusform>
            <numerusform>Звярталіся раней: %n разоў.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="830"/>
        <source>The draft could not be saved!</source>
        <translation>Не ўдалося захаваць чарнавік!</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="832"/>
        <source>Draft saved %1</source>
        <translation>Чарнавік захаваны: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="856"/>
        <source>Not saved</source>
        <translation>Не захавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="857"/>
        <source>Someone else changed this contact since you opened it. Your changes are kept as a draft; open the contact again to see the other changes.</source>
        <translation>Хтосьці іншы змяніў гэты зварот, пакуль ён быў у вас адкрыты. Вашы змены захаваны ў чарнавіку; адкрыйце зварот нанова, каб убачыць чужыя змены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="899"/>
        <source>Discard the contact?</source>
        <translation>Скасаваць увод звароту?</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="900"/>
        <source>What you typed for this contact will be lost.</source>
        <translation>Усё, што вы ўвялі па гэтым звароце, будзе страчана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="939"/>
        <source>Topics: choose at least one topic</source>
        <translation>Тэмы: выберыце хаця б адну тэму</translation>
    </message>
    <message>
        <location filename="../../app/ui/intake/form.py" line="941"/>
        <source>The call lasts more than 12 hours: check the date and time</source>
        <translation>Званок доўжыцца больш за 12 гадзін: праверце дату і час</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="291"/>
        <source>Knowledge base: vetted answers</source>
        <translation>База ведаў: правераныя адказы</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="292"/>
        <source>Search by any word&apos;s beginning</source>
        <translation>Пошук па пачатку любога слова</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="296"/>
        <source>All articles</source>
        <translation>Усе артыкулы</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="296"/>
        <source>Approved</source>
        <translation>Ухваленыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="296"/>
        <source>Drafts</source>
        <translation>Чарнавікі</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="297"/>
        <source>To be checked</source>
        <translation>Патрабуюць праверкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="300"/>
        <source>&amp;New article</source>
        <translation>&amp;Новы артыкул</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="301"/>
        <source>Given to callers…</source>
        <translation>Выдадзена абанентам…</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="302"/>
        <source>Import…</source>
        <translation>Імпарт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="303"/>
        <source>Export…</source>
        <translation>Экспарт…</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="306"/>
        <source>Article</source>
        <translation>Артыкул</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="307"/>
        <source>Checklist</source>
        <translation>Памятка-чэкліст</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="310"/>
        <source>Kind:</source>
        <translation>Від:</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="310"/>
        <source>Title (Russian):</source>
        <translation>Загаловак (руская):</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="311"/>
        <source>Text (Russian):</source>
        <translation>Тэкст (руская):</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="311"/>
        <source>Title (Belarusian):</source>
        <translation>Загаловак (беларуская):</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="312"/>
        <source>Text (Belarusian):</source>
        <translation>Тэкст (беларуская):</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="312"/>
        <source>Topics:</source>
        <translation>Тэмы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="313"/>
        <source>Destinations (none: any):</source>
        <translation>Краіны (няма — любая):</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="316"/>
        <source>Save as draft</source>
        <translation>Захаваць чарнавік</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="317"/>
        <source>Save and &amp;approve</source>
        <translation>Захаваць і &amp;ухваліць</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="318"/>
        <source>Withdraw</source>
        <translation>Адклікаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="319"/>
        <source>Reviewed today</source>
        <translation>Праверана сёння</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="320"/>
        <source>History…</source>
        <translation>Гісторыя…</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="321"/>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="322"/>
        <source>Copy for e-mail</source>
        <translation>Капіяваць для ліста</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="329"/>
        <location filename="../../app/ui/knowledge/page.py" line="387"/>
        <source>DEMO, not real advice</source>
        <translation>ДЭМА, не сапраўдная парада</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="331"/>
        <location filename="../../app/ui/knowledge/page.py" line="379"/>
        <source>draft</source>
        <translation>чарнавік</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="333"/>
        <location filename="../../app/ui/knowledge/page.py" line="385"/>
        <source>to be checked</source>
        <translation>патрабуе праверкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="376"/>
        <source>A new article: write it in Russian, Belarusian or both, then save it as a draft or approve it.</source>
        <translation>Новы артыкул: напішыце яго па-руску, па-беларуску або на абедзвюх мовах, потым захавайце чарнавік або ўхваліце.</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="379"/>
        <source>approved</source>
        <translation>ухвалены</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="380"/>
        <source>%1, revision %2; owner %3; last reviewed %4</source>
        <translation>%1, рэдакцыя %2; адказны %3; правераны %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="414"/>
        <source>required</source>
        <translation>абавязкова</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="414"/>
        <source>too long</source>
        <translation>занадта доўга</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="415"/>
        <source>not a known code</source>
        <translation>невядомы код</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="416"/>
        <source>begins with a demo mark</source>
        <translation>пачынаецца з пазнакі дэма</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="435"/>
        <location filename="../../app/ui/knowledge/page.py" line="440"/>
        <source>Not saved</source>
        <translation>Не захавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="436"/>
        <source>Someone else changed this article since you opened it. Open it again to see their changes.</source>
        <translation>Хтосьці іншы змяніў гэты артыкул, пакуль ён быў адкрыты ў вас. Адкрыйце яго зноў, каб убачыць змены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="453"/>
        <source>Not done</source>
        <translation>Не выканана</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="461"/>
        <source>Remove the article</source>
        <translation>Выдаленне артыкула</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="462"/>
        <source>Remove this article from the knowledge base? Contacts that gave it keep the record, and its history stays.</source>
        <translation>Выдаліць артыкул з базы ведаў? Звароты, у якіх ён выдадзены, захаваюць гэтую адзнаку, гісторыя артыкула застанецца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="487"/>
        <source>Import articles</source>
        <translation>Імпарт артыкулаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="487"/>
        <location filename="../../app/ui/knowledge/page.py" line="515"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="493"/>
        <location filename="../../app/ui/knowledge/page.py" line="501"/>
        <location filename="../../app/ui/knowledge/page.py" line="505"/>
        <source>Nothing imported</source>
        <translation>Нічога не імпартавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="494"/>
        <source>The file has problems; nothing was imported. Each is named by the article&apos;s number in the file and its field.</source>
        <translation>У файле ёсць памылкі; нічога не імпартавана. Для кожнай пазначаны нумар артыкула ў файле і поле.</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="507"/>
        <source>Imported</source>
        <translation>Імпартавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="508"/>
        <source>%1 added, %2 changed, %3 unchanged.</source>
        <translation>Дададзена: %1, зменена: %2, без змен: %3.</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="514"/>
        <source>Export articles</source>
        <translation>Экспарт артыкулаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="521"/>
        <source>Not exported</source>
        <translation>Не экспартавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="523"/>
        <source>Exported</source>
        <translation>Экспартавана</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/knowledge/page.py" line="524"/>
        <source>%n article(s) written.</source>
        <translation>
            <numerusform>Запісаны %n артыкул.</numerusform>
            <numerusform>Запісана %n артыкулы.</numerusform>
            <numerusform>Запісана %n артыкулаў.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="146"/>
        <source>Search the knowledge base</source>
        <translation>Пошук у базе ведаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="147"/>
        <source>Given (F10)</source>
        <translation>Выдадзена (F10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="148"/>
        <source>Copy for e-mail</source>
        <translation>Капіяваць для ліста</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="149"/>
        <source>Copies the text for an e-mail reply (Ctrl+Shift+C)</source>
        <translation>Капіюе тэкст для адказу па электроннай пошце (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="153"/>
        <source>Vetted answers (F9)</source>
        <translation>Правераныя адказы (F9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="167"/>
        <source>DEMO, not real advice</source>
        <translation>ДЭМА, не сапраўдная парада</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="174"/>
        <source>checklist</source>
        <translation>чэкліст</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="176"/>
        <source>to be checked</source>
        <translation>патрабуе праверкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="224"/>
        <source>No approved article matches.</source>
        <translation>Няма адпаведных ухваленых артыкулаў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/panel.py" line="226"/>
        <source>Choose a topic or a destination: the approved articles for them appear here.</source>
        <translation>Выберыце тэму або краіну: тут з&apos;явяцца ўхваленыя артыкулы па іх.</translation>
    </message>
</context>
<context>
    <name>ListDateDialog</name>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="91"/>
        <source>Import the list of licensed agencies</source>
        <translation>Імпарт спіса ліцэнзаваных агенцтваў</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="94"/>
        <source>The date of the list in %1, as the Ministry gave it:</source>
        <translation>Дата спіса ў файле %1, як яе пазначыла міністэрства:</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="98"/>
        <source>List dated</source>
        <translation>Спіс ад</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="101"/>
        <source>Import</source>
        <translation>Імпартаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="102"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="158"/>
        <source>Infoline Desk — log in</source>
        <translation>Infoline Desk — уваход</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="159"/>
        <source>Log in</source>
        <translation>Уваход</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="160"/>
        <source>Database: %1</source>
        <translation>База даных: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="162"/>
        <source>Demo database with fictional data. Its accounts admin, supervisor, specialist and consultant all have the password “demo”.</source>
        <translation>Дэманстрацыйная база з выдуманымі данымі. У яе ўліковых запісаў admin, supervisor, specialist і consultant пароль «demo».</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="164"/>
        <source>&amp;User name:</source>
        <translation>&amp;Імя карыстальніка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="165"/>
        <source>&amp;Password:</source>
        <translation>П&amp;ароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="166"/>
        <source>&amp;Log in</source>
        <translation>&amp;Увайсці</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="167"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыхад</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="168"/>
        <source>&amp;Recovery code…</source>
        <translation>&amp;Код аднаўлення…</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="169"/>
        <source>&amp;About…</source>
        <translation>&amp;Пра праграму…</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="176"/>
        <source>Too many failed attempts: this account is locked until %1. Try again then, or ask an administrator.</source>
        <translation>Занадта шмат няўдалых спроб: уліковы запіс заблакаваны да %1. Паспрабуйце тады або звярніцеся да адміністратара.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="180"/>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>Гэты ўліковы запіс адключаны. Звярніцеся да адміністратара.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="183"/>
        <source>This account&apos;s role or state was changed outside Infoline Desk, so it cannot log in. Ask an administrator to set its role again, and to look at the audit log.</source>
        <translation>Ролю або стан гэтага ўліковага запісу змянілі ў абыход Infoline Desk, таму ўвайсці немагчыма. Папрасіце адміністратара зноў прызначыць ролю і праглядзець журнал аўдыту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="188"/>
        <source>The key file of this database is missing or damaged, so nobody can log in. Restore it from a backup (a copy is kept beside each backup as &lt;backup&gt;.keys).</source>
        <translation>Файл ключоў гэтай базы даных адсутнічае або пашкоджаны, таму ўвайсці ніхто не можа. Аднавіце яго з рэзервовай копіі (копія ляжыць побач з кожнай рэзервовай копіяй як &lt;копія&gt;.keys).</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="192"/>
        <source>This database has no accounts yet.</source>
        <translation>У гэтай базе даных яшчэ няма ўліковых запісаў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="193"/>
        <source>Wrong user name or password.</source>
        <translation>Няправільнае імя карыстальніка або пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="198"/>
        <source>This database is busy: the command &quot;infoline %1&quot; is writing to it. Try again when it has finished.</source>
        <translation>База даных занятая: каманда «infoline %1» запісвае ў яе даныя. Паспрабуйце зноў, калі яна скончыць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="201"/>
        <source>This database is already open in another window of Infoline Desk. Use that window, or close it first.</source>
        <translation>Гэта база даных ужо адкрыта ў іншым акне Infoline Desk. Працуйце ў тым акне або спачатку зачыніце яго.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="204"/>
        <source>The database does not open with its key file: the key file belongs to another database, or the database is damaged. Restore both from a backup.</source>
        <translation>База даных не адкрываецца сваім файлам ключоў: файл ключоў належыць іншай базе або база пашкоджана. Аднавіце абодва файлы з рэзервовай копіі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="207"/>
        <source>The database cannot be opened: %1</source>
        <translation>Базу даных нельга адкрыць: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="208"/>
        <source>The login failed: %1</source>
        <translation>Уваход не ўдаўся: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="230"/>
        <source>The new password is set. Log in with it.</source>
        <translation>Новы пароль усталяваны. Увайдзіце з ім.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="237"/>
        <source>Type your user name and password.</source>
        <translation>Увядзіце імя карыстальніка і пароль.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="442"/>
        <source>Infoline Desk</source>
        <translation>Працоўнае месца інфалініі</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="447"/>
        <source>DEMO, fictional data</source>
        <translation>ДЭМА, выдуманыя даныя</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="449"/>
        <source>Contact</source>
        <translation>Зварот</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="449"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="450"/>
        <source>Shift</source>
        <translation>Змена</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="451"/>
        <source>Statistics</source>
        <translation>Статыстыка</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="452"/>
        <source>Settings</source>
        <translation>Налады</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="452"/>
        <source>Crisis cases</source>
        <translation>Крызісныя выпадкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="453"/>
        <source>Assistance cases</source>
        <translation>Суправаджэнне</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="454"/>
        <source>Directory</source>
        <translation>Даведнік</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="455"/>
        <source>Recruiters</source>
        <translation>Вярбоўшчыкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="456"/>
        <source>Knowledge base</source>
        <translation>База ведаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="459"/>
        <source>Accounts</source>
        <translation>Уліковыя запісы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="459"/>
        <source>Audit log</source>
        <translation>Журнал аўдыту</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="460"/>
        <source>Erasure</source>
        <translation>Выдаленне даных</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="460"/>
        <source>Sync</source>
        <translation>Сінхранізацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="464"/>
        <source>Sections</source>
        <translation>Раздзелы</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="466"/>
        <source>The areas of the application; the arrow keys choose one</source>
        <translation>Раздзелы праграмы; стрэлкі выбіраюць раздзел</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="470"/>
        <source>Demo database: every person, call and note here is fictional. Do not record real contacts in it.</source>
        <translation>Дэманстрацыйная база: усе людзі, званкі і нататкі тут выдуманыя. Не ўносьце ў яе рэальныя звароты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="474"/>
        <source>Logged in: %1 (%2)</source>
        <translation>Карыстальнік: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="476"/>
        <source>Switch user…</source>
        <translation>Змяніць карыстальніка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="478"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="479"/>
        <source>&amp;Contact</source>
        <translation>Звар&amp;оты</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="480"/>
        <source>New &amp;phone contact</source>
        <translation>&amp;Новы званок</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="481"/>
        <source>New &amp;e-mail</source>
        <translation>Новы &amp;ліст</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="482"/>
        <source>New &amp;chat or visit</source>
        <translation>Новы &amp;чат або візіт</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="483"/>
        <source>&amp;Journal of contacts</source>
        <translation>&amp;Журнал зваротаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="484"/>
        <source>C&amp;risis questionnaire…</source>
        <translation>&amp;Крызісная анкета…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="485"/>
        <source>&amp;Assistance case for this contact…</source>
        <translation>Выпадак &amp;суправаджэння па гэтым звароце…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="487"/>
        <source>Open the &amp;real database</source>
        <translation>Адкрыць &amp;працоўную базу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="487"/>
        <source>Open the &amp;demo database</source>
        <translation>Адкрыць &amp;дэманстрацыйную базу</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="488"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выхад</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="489"/>
        <source>&amp;Lock</source>
        <translation>&amp;Блакаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="490"/>
        <source>S&amp;witch user…</source>
        <translation>З&amp;мяніць карыстальніка…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="491"/>
        <source>Change my pass&amp;word…</source>
        <translation>Змяніць мой п&amp;ароль…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="492"/>
        <source>&amp;Import a legacy spreadsheet…</source>
        <translation>&amp;Імпарт старой табліцы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="493"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Адмяніць (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="526"/>
        <source>A contact is in progress</source>
        <translation>Зварот у рабоце</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="527"/>
        <source>Save or discard the contact in progress first.</source>
        <translation>Спачатку захавайце або скасуйце бягучы зварот.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="554"/>
        <source>Not found</source>
        <translation>Не знойдзена</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="554"/>
        <source>This contact no longer exists.</source>
        <translation>Гэтага звароту больш няма.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="41"/>
        <source>Unfinished crisis questionnaire</source>
        <translation>Незавершаная крызісная анкета</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="42"/>
        <source>A crisis questionnaire was left unfinished (last change %1). Continue it, or start a new one?</source>
        <translation>Крызісная анкета засталася незавершанай (апошняя змена %1). Працягнуць яе ці пачаць новую?</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="44"/>
        <source>Continue it</source>
        <translation>Працягнуць</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="45"/>
        <source>Start a new one</source>
        <translation>Пачаць новую</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="46"/>
        <source>Discard it and start anew</source>
        <translation>Выдаліць яе і пачаць нанова</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="88"/>
        <source>The contact&apos;s date and time: %1</source>
        <translation>Дата і час звароту: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="100"/>
        <source>The contact cannot be saved: %1. Cancel keeps the questionnaire as a draft; correct the contact, then Ctrl+K again.</source>
        <translation>Зварот немагчыма захаваць: %1. Пры скасаванні анкета захаваецца як чарнавік; выпраўце зварот і зноў націсніце Ctrl+K.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="106"/>
        <source>Someone else changed this contact since you opened it.</source>
        <translation>Хтосьці іншы змяніў гэты зварот, пакуль ён быў у вас адкрыты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="112"/>
        <source>Contact saved; crisis case %1 opened.</source>
        <translation>Зварот захаваны; адкрыты крызісны выпадак %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="149"/>
        <source>Assistance case</source>
        <translation>Выпадак суправаджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="149"/>
        <source>Choose a saved contact in the journal first.</source>
        <translation>Спачатку выберыце захаваны зварот у журнале.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="175"/>
        <source>Close the crisis case?</source>
        <translation>Закрыць крызісны выпадак?</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_flows.py" line="175"/>
        <source>Close crisis case %1 as handed over to an assistance case?</source>
        <translation>Закрыць крызісны выпадак %1 як перададзены ў выпадак суправаджэння?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="579"/>
        <source>Saved as «%1».</source>
        <translation>Захавана як «%1».</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="586"/>
        <source>Contact saved.</source>
        <translation>Зварот захаваны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="615"/>
        <source>Contacts today: %1</source>
        <translation>Зваротаў сёння: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="636"/>
        <source>Your password is changed.</source>
        <translation>Ваш пароль зменены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="668"/>
        <source>A contact is not saved</source>
        <translation>Зварот не захаваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="669"/>
        <source>The contact in progress is not saved yet. Keep it as a draft, which is offered again at the next start, or discard it?</source>
        <translation>Бягучы зварот яшчэ не захаваны. Пакінуць яго чарнавіком (ён будзе прапанаваны пры наступным запуску) ці выдаліць?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="671"/>
        <source>Keep the draft and quit</source>
        <translation>Пакінуць чарнавік і выйсці</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="672"/>
        <source>Discard and quit</source>
        <translation>Выдаліць і выйсці</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="673"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>MonitoringDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="577"/>
        <source>Monitoring visit</source>
        <translation>Маніторынгавы візіт</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="578"/>
        <source>Add a monitoring visit</source>
        <translation>Новы маніторынгавы візіт</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="591"/>
        <source>Situation</source>
        <translation>Сітуацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="592"/>
        <source>What the specialist saw</source>
        <translation>Што ўбачыў спецыяліст</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="612"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="613"/>
        <source>&amp;How:</source>
        <translation>&amp;Спосаб:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="614"/>
        <source>S&amp;pecialist:</source>
        <translation>С&amp;пецыяліст:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="616"/>
        <source>&amp;Change since the last visit:</source>
        <translation>&amp;Змены з мінулага візіту:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="617"/>
        <source>&amp;Assessment:</source>
        <translation>&amp;Ацэнка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="618"/>
        <source>&amp;Next visit:</source>
        <translation>&amp;Наступны візіт:</translation>
    </message>
</context>
<context>
    <name>MyReviewsPage</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="368"/>
        <location filename="../../app/ui/quality/my_reviews.py" line="85"/>
        <location filename="../../app/ui/quality/my_reviews.py" line="89"/>
        <source>My reviews</source>
        <translation>Мае ацэнкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="90"/>
        <source>&amp;Mark as read (Ctrl+R)</source>
        <translation>&amp;Адзначыць як прачытанае (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="91"/>
        <source>Scores and feedback</source>
        <translation>Балы і зваротная сувязь</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="92"/>
        <source>The contact</source>
        <translation>Зварот</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="94"/>
        <source>Reviewed</source>
        <translation>Дата ацэнкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="94"/>
        <source>Contact</source>
        <translation>Зварот</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="94"/>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="94"/>
        <source>Band</source>
        <translation>Узровень</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="95"/>
        <source>Read</source>
        <translation>Прачытана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="101"/>
        <source>No reviews yet. When a supervisor reviews one of your contacts, the scores and feedback appear here.</source>
        <translation>Ацэнак пакуль няма. Калі супервізар ацэніць адзін з вашых зваротаў, балы і зваротная сувязь з’явяцца тут.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/quality/my_reviews.py" line="104"/>
        <source>%n review(s) not read yet.</source>
        <translation>
            <numerusform>%n ацэнка яшчэ не прачытана.</numerusform>
            <numerusform>%n ацэнкі яшчэ не прачытаны.</numerusform>
            <numerusform>%n ацэнак яшчэ не прачытана.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="106"/>
        <source>You have read all your feedback.</source>
        <translation>Вы прачыталі ўсю зваротную сувязь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/my_reviews.py" line="125"/>
        <source>new</source>
        <translation>новая</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="85"/>
        <source>New recovery code</source>
        <translation>Новы код аднаўлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="86"/>
        <source>Make a new recovery code</source>
        <translation>Зрабіць новы код аднаўлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="88"/>
        <source>The last new recovery code was never confirmed as written down (the app was closed while it was shown), and the code on paper no longer works. Make a new one now. It is shown once: print it or write it down and keep it locked away from the computer. Type your own password to confirm that it is you.</source>
        <translation>Апошні новы код аднаўлення не быў пацверджаны як запісаны (праграма закрылася, пакуль ён быў на экране), а код на паперы больш не дзейнічае. Зрабіце новы код зараз. Ён будзе паказаны адзін раз: раздрукуйце або запішыце яго і захоўвайце пад замком асобна ад камп&apos;ютара. Увядзіце свой пароль, каб пацвердзіць, што гэта вы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="93"/>
        <source>Make a new code when the printed one may have been seen or is lost. The old code stops working at once. The new one is shown once: print it or write it down and keep it locked away from the computer. Type your own password to confirm that it is you.</source>
        <translation>Зрабіце новы код, калі надрукаваны мог нехта ўбачыць або ён згублены. Стары код адразу перастане дзейнічаць. Новы будзе паказаны адзін раз: раздрукуйце або запішыце яго і захоўвайце пад замком асобна ад камп&apos;ютара. Увядзіце свой пароль, каб пацвердзіць, што гэта вы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="97"/>
        <source>Your &amp;password:</source>
        <translation>Ваш &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="98"/>
        <source>&amp;Make a new code</source>
        <translation>&amp;Зрабіць новы код</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="99"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="103"/>
        <source>Type your password.</source>
        <translation>Увядзіце пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="128"/>
        <source>the disk is full; make room and try again</source>
        <translation>дыск запоўнены; вызваліце месца і паспрабуйце зноў</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="130"/>
        <source>the key file %1 cannot be written (the folder is read-only or access is denied)</source>
        <translation>файл ключоў %1 не ўдаецца запісаць (папка толькі для чытання або няма доступу)</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="134"/>
        <source>the key file %1 cannot be written or read</source>
        <translation>файл ключоў %1 не ўдаецца запісаць або прачытаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="137"/>
        <source>the database did not record it</source>
        <translation>база даных не змагла гэта запісаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery.py" line="138"/>
        <source>No new code was made: %1. The old recovery code still works.</source>
        <translation>Новы код не зроблены: %1. Стары код аднаўлення па-ранейшаму дзейнічае.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="705"/>
        <source>Note</source>
        <translation>Нататка</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="708"/>
        <source>Note for the case timeline:</source>
        <translation>Нататка ў храналогію выпадку:</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../app/ui/widgets/table_models.py" line="108"/>
        <source>The list</source>
        <translation>Спіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/table_models.py" line="109"/>
        <source>The next rows of the list could not be read. Refresh the list to try again.</source>
        <translation>Не ўдалося прачытаць наступныя радкі спісу. Абнавіце спіс, каб паспрабаваць зноў.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="129"/>
        <source>The person chooses their own password at the next login</source>
        <translation>Супрацоўнік выбера свой пароль пры наступным уваходзе</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="134"/>
        <source>New &amp;password:</source>
        <translation>Новы &amp;пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="135"/>
        <source>Password a&amp;gain:</source>
        <translation>Пароль &amp;яшчэ раз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="139"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <location filename="../../app/ui/quality/page.py" line="345"/>
        <source>Review rounds</source>
        <translation>Цыклы ацэнкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="346"/>
        <source>Dashboard</source>
        <translation>Зводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="347"/>
        <source>Staff development</source>
        <translation>Павышэнне кваліфікацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="367"/>
        <location filename="../../app/ui/quality/page.py" line="351"/>
        <source>Quality</source>
        <translation>Якасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="354"/>
        <source>My reviews</source>
        <translation>Мае ацэнкі</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="284"/>
        <source>Possible trafficking: %1. The social-work specialist and the infoline manager will be proposed.</source>
        <translation>Магчымы гандаль людзьмі: %1. Будуць прапанаваны спецыяліст па сацыяльнай рабоце і менеджар гарачай лініі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="295"/>
        <source>%1: required</source>
        <translation>%1: абавязковы адказ</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="297"/>
        <source>%1: too long</source>
        <translation>%1: занадта доўгі адказ</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="298"/>
        <source>%1: not a valid answer</source>
        <translation>%1: недапушчальны адказ</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="721"/>
        <source>Referral declined</source>
        <translation>Накіраванне адхілена</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="724"/>
        <source>Why was it declined?</source>
        <translation>Чаму накіраванне адхілена?</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="72"/>
        <source>Recovery code</source>
        <translation>Код аднаўлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="73"/>
        <source>Write down the recovery code</source>
        <translation>Запішыце код аднаўлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="75"/>
        <source>If every administrator&apos;s password is lost, this code is the only way into the database. It is shown now and never again. Write it down or print it, and keep it locked away from the computer.</source>
        <translation>Калі паролі ўсіх адміністратараў згубленыя, гэты код — адзіны спосаб адкрыць базу даных. Ён паказваецца зараз і больш ніколі. Запішыце або раздрукуйце яго і захоўвайце пад замком асобна ад камп&apos;ютара.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="79"/>
        <source>The old recovery code no longer works; destroy it.</source>
        <translation>Стары код аднаўлення больш не дзейнічае; знішчыце яго.</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="81"/>
        <source>&amp;Print…</source>
        <translation>&amp;Друк…</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="82"/>
        <source>I have &amp;written down or printed the code</source>
        <translation>Я &amp;запісаў(-ла) або раздрукаваў(-ла) код</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="83"/>
        <source>&amp;Continue</source>
        <translation>&amp;Працягнуць</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/recovery_code.py" line="100"/>
        <source>Infoline Desk — recovery code</source>
        <translation>Infoline Desk — код аднаўлення</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="406"/>
        <source>Recovery code</source>
        <translation>Код аднаўлення</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="408"/>
        <source>When every administrator&apos;s password is lost, the recovery code printed when the database was set up gives an administrator a new password. Its use is recorded in the audit log.</source>
        <translation>Калі паролі ўсіх адміністратараў страчаныя, код аднаўлення, надрукаваны пры стварэнні базы, дазваляе задаць адміністратару новы пароль. Яго выкарыстанне запісваецца ў журнал аўдыту.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="412"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Код аднаўлення:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="412"/>
        <source>&amp;Administrator&apos;s user name:</source>
        <translation>&amp;Імя карыстальніка адміністратара:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="413"/>
        <source>&amp;New password:</source>
        <translation>&amp;Новы пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="413"/>
        <source>New password a&amp;gain:</source>
        <translation>Новы пароль &amp;яшчэ раз:</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="416"/>
        <source>&amp;Set the password</source>
        <translation>&amp;Задаць пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="417"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="421"/>
        <source>Type the recovery code and the user name.</source>
        <translation>Увядзіце код аднаўлення і імя карыстальніка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="438"/>
        <source>Wrong recovery code.</source>
        <translation>Няправільны код аднаўлення.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="439"/>
        <source>This is not an active administrator&apos;s account.</source>
        <translation>Гэта не дзейны ўліковы запіс адміністратара.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login.py" line="442"/>
        <source>The database cannot be opened: %1</source>
        <translation>Базу даных не ўдаецца адкрыць: %1</translation>
    </message>
</context>
<context>
    <name>RecruitersBox</name>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="285"/>
        <source>Kind of recruiter</source>
        <translation>Від вярбоўшчыка</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="286"/>
        <source>Recruiter or employer the caller names</source>
        <translation>Вярбоўшчык або працадаўца са слоў абанента</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="287"/>
        <source>Who approached the caller</source>
        <translation>Хто выйшаў на абанента</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="288"/>
        <source>Agency, website, account, phone or person: Enter adds it; Down chooses one named before (Ctrl+Shift+R comes here)</source>
        <translation>Агенцтва, сайт, акаўнт, тэлефон або чалавек: Enter — дадаць; стрэлка ўніз — выбраць названага раней (сюды вядзе Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="291"/>
        <source>Add</source>
        <translation>Дадаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="292"/>
        <source>Licence…</source>
        <translation>Ліцэнзія…</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="293"/>
        <location filename="../../app/ui/recruiters/intake.py" line="294"/>
        <source>Check the agency&apos;s licence (Ctrl+Shift+L)</source>
        <translation>Праверыць ліцэнзію агенцтва (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="295"/>
        <source>Named before</source>
        <translation>Называліся раней</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="296"/>
        <source>Recruiters named in this contact</source>
        <translation>Вярбоўшчыкі, названыя ў гэтым звароце</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="326"/>
        <source>%1 — %2, named in %3 contact(s)</source>
        <translation>%1 — %2, зваротаў: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="443"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="448"/>
        <location filename="../../app/ui/recruiters/intake.py" line="465"/>
        <source>Checked “%1”: %2</source>
        <translation>Праверана «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="460"/>
        <source>%1: %2 (entered by %3, %4)</source>
        <translation>%1: %2 (унёс(ла) %3, %4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="559"/>
        <source>Go to the field: who approached the caller</source>
        <translation>Перайсці да поля «Хто выйшаў на абанента»</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="561"/>
        <source>Check an agency&apos;s licence</source>
        <translation>Праверыць ліцэнзію агенцтва</translation>
    </message>
</context>
<context>
    <name>RecruitersPage</name>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="197"/>
        <source>Recruiters named by callers</source>
        <translation>Вярбоўшчыкі са слоў абанентаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="198"/>
        <source>&amp;Show</source>
        <translation>&amp;Паказаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="199"/>
        <source>All recruiters</source>
        <translation>Усе вярбоўшчыкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="200"/>
        <source>Named by several callers</source>
        <translation>Названыя некалькімі абанентамі</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="201"/>
        <source>New this month</source>
        <translation>Новыя ў гэтым месяцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="202"/>
        <source>Agencies without a licence</source>
        <translation>Агенцтвы без ліцэнзіі</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="204"/>
        <source>&amp;Alert on the start page from</source>
        <translation>&amp;Сігнал на стартавой старонцы ад</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="205"/>
        <source> contacts in 30 days</source>
        <translation> зваротаў за 30 дзён</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="206"/>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="207"/>
        <source>Import a new list…</source>
        <translation>Імпартаваць новы спіс…</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="208"/>
        <source>Show the contacts (Enter)</source>
        <translation>Паказаць звароты (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="210"/>
        <source>Choose a recruiter and press Enter to see the contacts behind it (the opening is written to the audit log).</source>
        <translation>Выберыце вярбоўшчыка і націсніце Enter, каб убачыць звароты, у якіх ён названы (прагляд запісваецца ў журнал аўдыту).</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="213"/>
        <source>Recruiter</source>
        <translation>Вярбоўшчык</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="213"/>
        <source>Kinds</source>
        <translation>Віды</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="213"/>
        <source>Contacts</source>
        <translation>Звароты</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="213"/>
        <source>Sites</source>
        <translation>Пляцоўкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="214"/>
        <source>First named</source>
        <translation>Упершыню названы</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="214"/>
        <source>Last named</source>
        <translation>Апошні раз названы</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="214"/>
        <source>Licence</source>
        <translation>Ліцэнзія</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="216"/>
        <source>Contact of</source>
        <translation>Зварот ад</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="216"/>
        <source>Consultant</source>
        <translation>Кансультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="216"/>
        <source>As the caller said it</source>
        <translation>Як сказаў абанент</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="217"/>
        <source>Entered by</source>
        <translation>Унёс(ла)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="217"/>
        <source>Entered on</source>
        <translation>Калі ўнесена</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="242"/>
        <source>No list of licensed agencies has been imported yet.</source>
        <translation>Спіс ліцэнзаваных агенцтваў яшчэ не імпартаваны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="244"/>
        <source>List of licensed agencies dated %1: %2 agencies.</source>
        <translation>Спіс ліцэнзаваных агенцтваў ад %1: агенцтваў — %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="247"/>
        <source>(fictional, demo)</source>
        <translation>(выдуманы, дэма)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="249"/>
        <source>Contacts naming them in %1: %2</source>
        <translation>Звароты са згадкай у %1 г.: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="268"/>
        <source>licensed</source>
        <translation>ліцэнзія ёсць</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="270"/>
        <source>licence expired</source>
        <translation>тэрмін ліцэнзіі скончыўся</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="272"/>
        <source>not in the list of %1</source>
        <translation>няма ў спісе ад %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="279"/>
        <source>%1 (also: %2)</source>
        <translation>%1 (таксама: %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="325"/>
        <source>Import the list of licensed agencies</source>
        <translation>Імпарт спіса ліцэнзаваных агенцтваў</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="326"/>
        <source>Agency lists (*.csv *.xlsx)</source>
        <translation>Спісы агенцтваў (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="338"/>
        <source>Importing the list…</source>
        <translation>Імпарт спіса…</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="344"/>
        <location filename="../../app/ui/recruiters/page.py" line="357"/>
        <source>Nothing imported</source>
        <translation>Нічога не імпартавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="345"/>
        <source>%1 has %2 problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation>У файле %1 знойдзены памылкі (%2); нічога не імпартавана. Выпраўце файл і імпартуйце яго зноў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="350"/>
        <source>List imported</source>
        <translation>Спіс імпартаваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/page.py" line="351"/>
        <source>%1 agencies, list dated %2.</source>
        <translation>Агенцтваў: %1, спіс ад %2.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="549"/>
        <location filename="../../app/ui/crisis/dialogs.py" line="75"/>
        <source>Add a referral</source>
        <translation>Новае накіраванне</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="549"/>
        <source>Referral</source>
        <translation>Накіраванне</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="559"/>
        <source>&amp;Organisation:</source>
        <translation>Аргані&amp;зацыя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="560"/>
        <source>&amp;Sent on:</source>
        <translation>Дата ад&amp;праўкі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="561"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Мэта:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="80"/>
        <source>Follow-up call</source>
        <translation>Кантрольны званок</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="558"/>
        <location filename="../../app/ui/crisis/dialogs.py" line="94"/>
        <source>&amp;To:</source>
        <translation>&amp;Адрасат:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="95"/>
        <source>&amp;Data passed:</source>
        <translation>Перадача &amp;даных:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="96"/>
        <source>&amp;Owner:</source>
        <translation>Ад&amp;казны:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="97"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Тэрмін:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="98"/>
        <source>&amp;What to do:</source>
        <translation>&amp;Што зрабіць:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/dialogs.py" line="99"/>
        <source>Or&amp;ganisation:</source>
        <translation>Ар&amp;ганізацыя:</translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="542"/>
        <source>Referrals: who acts, and by when</source>
        <translation>Накіраванні: хто дзейнічае і ў які тэрмін</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="543"/>
        <source>Proposed from the answers. Untick, change the owner or the time, or add one. Finish saves the contact and opens the case.</source>
        <translation>Прапанавана паводле адказаў. Зніміце адзнаку, змяніце адказнага або тэрмін ці дадайце накіраванне. «Завяршыць і захаваць» захоўвае зварот і адкрывае выпадак.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="546"/>
        <source>&amp;Add a referral to:</source>
        <translation>&amp;Адрасат новага накіравання:</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="548"/>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="584"/>
        <source>Follow-up call</source>
        <translation>Кантрольны званок</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="549"/>
        <source>Our own call</source>
        <translation>Тэлефануем самі</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="550"/>
        <source>No consent to pass the person&apos;s data to this target</source>
        <translation>Няма згоды на перадачу даных чалавека гэтаму адрасату</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="552"/>
        <source>Add</source>
        <translation>Дадаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="564"/>
        <source>%1 · danger: %2</source>
        <translation>%1 · небяспека: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="567"/>
        <source>Possible trafficking: %1.</source>
        <translation>Магчымы гандаль людзьмі: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="597"/>
        <source>Data passed</source>
        <translation>Перадача даных</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="597"/>
        <source>Owner</source>
        <translation>Адказны</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="597"/>
        <source>Due</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="598"/>
        <source>What to do</source>
        <translation>Што зрабіць</translation>
    </message>
    <message>
        <location filename="../../app/ui/crisis/wizard_pages.py" line="646"/>
        <source>%1: no consent to pass the person&apos;s data. Only anonymous advice is possible.</source>
        <translation>%1: няма згоды на перадачу даных чалавека. Магчымая толькі ананімная кансультацыя.</translation>
    </message>
</context>
<context>
    <name>RelativeDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="225"/>
        <source>Relative</source>
        <translation>Сваяк</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="231"/>
        <source>Also receives assistance</source>
        <translation>Таксама атрымлівае дапамогу</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="234"/>
        <source>&amp;Name:*</source>
        <translation>&amp;Імя:*</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="235"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Кім даводзіцца:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="236"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Тэлефон:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="237"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрас:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="239"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Нататкі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="251"/>
        <source>Name: required</source>
        <translation>Імя: абавязковае поле</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="10"/>
        <source>Review of a contact</source>
        <translation>Ацэнка звароту</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="87"/>
        <source>0, 1, 2 score a criterion and N marks it not applicable; the next one follows. Del clears, C adds a comment, ↑ ↓ and Tab move. Ctrl+S saves a draft, Ctrl+Enter completes.</source>
        <translation>0, 1, 2 — ацэнка крытэрыю, N — «не дастасоўваецца»; затым фокус пераходзіць да наступнага. Del — ачысціць, C — каментарый, ↑ ↓ і Tab — перамяшчэнне. Ctrl+S — захаваць чарнавік, Ctrl+Enter — завяршыць.</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="145"/>
        <source>Overall &amp;feedback for the consultant (required):</source>
        <translation>&amp;Агульная зваротная сувязь для кансультанта (абавязкова):</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="170"/>
        <source>&amp;Reason for the correction:</source>
        <translation>&amp;Прычына выпраўлення:</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="212"/>
        <source>Discard changes</source>
        <translation>Скасаваць змены</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="222"/>
        <source>Co&amp;rrect…</source>
        <translation>&amp;Выправіць…</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="232"/>
        <source>Save &amp;draft (Ctrl+S)</source>
        <translation>Захаваць &amp;чарнавік (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="242"/>
        <source>Co&amp;mplete (Ctrl+Enter)</source>
        <translation>&amp;Завяршыць (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/forms/review_dialog.ui" line="252"/>
        <source>Close (Esc)</source>
        <translation>Закрыць (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="350"/>
        <source>Completed review</source>
        <translation>Завершаная ацэнка</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="352"/>
        <source>Correcting a completed review</source>
        <translation>Выпраўленне завершанай ацэнкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="354"/>
        <source>Review (draft)</source>
        <translation>Ацэнка (чарнавік)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="356"/>
        <source>New review</source>
        <translation>Новая ацэнка</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="379"/>
        <source>Unsaved work restored</source>
        <translation>Адноўлена з аўтазахавання</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="447"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="468"/>
        <source>Overall %1 · %2 of %3 criteria scored</source>
        <translation>Агулам %1 · ацэнена крытэрыяў: %2 з %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="501"/>
        <source>Unsaved work could not be kept!</source>
        <translation>Аўтазахаванне не ўдалося!</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="504"/>
        <source>Unsaved work kept %1</source>
        <translation>Аўтазахаванне: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="548"/>
        <source>Not saved</source>
        <translation>Не захавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="525"/>
        <source>Another supervisor changed this review since you opened it. Your work is kept; open the review again to see the other changes.</source>
        <translation>Іншы супервізар змяніў гэтую ацэнку, пакуль яна была ў вас адкрыта. Ваша праца захавана; адкрыйце ацэнку нанова, каб убачыць чужыя змены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="534"/>
        <source>This review was corrected by someone else meanwhile. Your work is kept; open the review again.</source>
        <translation>Тым часам гэтую ацэнку выправіў хтосьці іншы. Ваша праца захавана; адкрыйце ацэнку нанова.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="562"/>
        <source>Draft saved %1</source>
        <translation>Чарнавік захаваны: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="567"/>
        <source>Discard the changes?</source>
        <translation>Скасаваць змены?</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="568"/>
        <source>What you changed since the review was last saved will be lost.</source>
        <translation>Змены, унесеныя пасля апошняга захавання ацэнкі, будуць страчаны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="583"/>
        <source>Write the overall feedback for the consultant.</source>
        <translation>Напішыце агульную зваротную сувязь для кансультанта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="585"/>
        <source>Say why the review is corrected.</source>
        <translation>Пазначце, чаму ацэнка выпраўляецца.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/quality/review_dialog.py" line="589"/>
        <source>Score every criterion or mark it not applicable: %n left.</source>
        <translation>
            <numerusform>Ацаніце кожны крытэрый або адзначце яго як недастасавальны: застаўся %n крытэрый.</numerusform>
            <numerusform>Ацаніце кожны крытэрый або адзначце яго як недастасавальны: засталося %n крытэрыі.</numerusform>
            <numerusform>Ацаніце кожны крытэрый або адзначце яго як недастасавальны: засталося %n крытэрыяў.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="592"/>
        <source>At least one criterion must apply.</source>
        <translation>Хаця б адзін крытэрый павінен быць дастасавальны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="594"/>
        <source>Nothing was changed.</source>
        <translation>Нічога не зменена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="596"/>
        <source>You took this contact yourself: another supervisor reviews it.</source>
        <translation>Гэты зварот прымалі вы самі: яго ацэньвае іншы супервізар.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="598"/>
        <source>This contact already has a review.</source>
        <translation>У гэтага звароту ўжо ёсць ацэнка.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_dialog.py" line="600"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Занадта доўгі тэкст: не больш за %1 знакаў.</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="156"/>
        <source>Choose a review in the list.</source>
        <translation>Выберыце ацэнку ў спісе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="167"/>
        <source>Overall score</source>
        <translation>Агульны бал</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="170"/>
        <source>Contact of %1 taken by %2. Reviewed by %3 on %4.</source>
        <translation>Зварот ад %1, кансультант — %2. Правяраючы — %3, дата ацэнкі — %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="178"/>
        <source>Corrected version %1: %2</source>
        <translation>Выпраўленая версія %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="182"/>
        <source>This version was corrected later.</source>
        <translation>Пазней гэтая версія была выпраўлена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="185"/>
        <source>A safety criterion scored 0: discuss this contact with the supervisor.</source>
        <translation>Крытэрый бяспекі ацэнены ў 0: абмяркуйце гэты зварот з супервізарам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="187"/>
        <source>Feedback</source>
        <translation>Зваротная сувязь</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/review_view.py" line="201"/>
        <source>N/A</source>
        <translation>Н/Д</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="171"/>
        <source>Change the role</source>
        <translation>Змена ролі</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="172"/>
        <source>Role of %1 (%2):</source>
        <translation>Роля супрацоўніка %1 (%2):</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/page.py" line="182"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="173"/>
        <source>New review round</source>
        <translation>Новы цыкл ацэнкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="175"/>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="175"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ерыяд:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="176"/>
        <source>&amp;Consultants (Space ticks):</source>
        <translation>&amp;Кансультанты (прабел — адзначыць):</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="177"/>
        <source>Contacts &amp;per consultant:</source>
        <translation>&amp;Зваротаў на кансультанта:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="178"/>
        <source>&amp;Spread the sample by:</source>
        <translation>&amp;Размеркаванне выбаркі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="178"/>
        <source>Rando&amp;m seed:</source>
        <translation>Пачатковы &amp;лік:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="185"/>
        <source>Nothing: a simple random sample</source>
        <translation>Няма: простая выпадковая выбарка</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="186"/>
        <source>Channel (phone, e-mail, chat…)</source>
        <translation>Па канале (тэлефон, эл. пошта, чат…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="187"/>
        <source>Topic</source>
        <translation>Па тэме</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="190"/>
        <source>Include calls &amp;without counselling</source>
        <translation>Уключаць званкі &amp;без кансультацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="191"/>
        <source>New seed</source>
        <translation>Новы лік</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="193"/>
        <source>Stored with the round: the same seed over the same records draws the same contacts again.</source>
        <translation>Захоўваецца разам з цыклам: той самы пачатковы лік на тых самых запісах зноў дае тую самую выбарку зваротаў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="195"/>
        <source>The sample:</source>
        <translation>Выбарка:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="197"/>
        <source>Consultant</source>
        <translation>Кансультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="197"/>
        <source>Contacts in the period</source>
        <translation>Зваротаў за перыяд</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="197"/>
        <source>Drawn</source>
        <translation>Адабрана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="199"/>
        <source>&amp;Start the round</source>
        <translation>Пачаць &amp;цыкл</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="200"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="209"/>
        <source>Quality review: %1 %2</source>
        <translation>Ацэнка якасці: %1 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="244"/>
        <location filename="../../app/ui/quality/round_dialog.py" line="335"/>
        <source>Drawing the sample…</source>
        <translation>Фарміраванне выбаркі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="285"/>
        <source>Fewer contacts in the period than asked for.</source>
        <translation>Зваротаў за перыяд менш, чым запытана.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/quality/round_dialog.py" line="287"/>
        <source>%n contact(s) to review.</source>
        <translation>
            <numerusform>%n зварот для ацэнкі.</numerusform>
            <numerusform>%n звароты для ацэнкі.</numerusform>
            <numerusform>%n зваротаў для ацэнкі.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="291"/>
        <source>Give the round a name.</source>
        <translation>Пазначце назву цыкла.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="292"/>
        <source>The period ends before it starts.</source>
        <translation>Перыяд заканчваецца раней, чым пачынаецца.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="293"/>
        <source>Tick at least one consultant.</source>
        <translation>Адзначце хаця б аднаго кансультанта.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="295"/>
        <source>You cannot review your own contacts.</source>
        <translation>Нельга ацэньваць уласныя звароты.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/round_dialog.py" line="297"/>
        <source>The consultants chosen have no contacts to review in this period.</source>
        <translation>У выбраных кансультантаў няма зваротаў для ацэнкі за гэты перыяд.</translation>
    </message>
</context>
<context>
    <name>RoundsTab</name>
    <message>
        <location filename="../../app/ui/quality/page.py" line="126"/>
        <source>&amp;New round… (Ctrl+N)</source>
        <translation>&amp;Новы цыкл… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="127"/>
        <source>Delete the round</source>
        <translation>Выдаліць цыкл</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="128"/>
        <source>&amp;Review (Enter)</source>
        <translation>&amp;Ацаніць (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="129"/>
        <source>Review &amp;rounds</source>
        <translation>&amp;Цыклы ацэнкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="130"/>
        <source>Contacts of the &amp;round</source>
        <translation>З&amp;вароты цыкла</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="131"/>
        <source>Feedback not read yet</source>
        <translation>Непрачытаная зваротная сувязь</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="133"/>
        <source>Round</source>
        <translation>Цыкл</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="133"/>
        <source>Period</source>
        <translation>Перыяд</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="133"/>
        <source>Planned</source>
        <translation>Запланавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="133"/>
        <location filename="../../app/ui/quality/page.py" line="200"/>
        <source>Completed</source>
        <translation>Завершана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="134"/>
        <source>In progress</source>
        <translation>У рабоце</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="134"/>
        <source>Supervisor</source>
        <translation>Супервізар</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="134"/>
        <source>Seed</source>
        <translation>Пачатковы лік</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="136"/>
        <location filename="../../app/ui/quality/page.py" line="140"/>
        <source>Consultant</source>
        <translation>Кансультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="136"/>
        <source>Contact</source>
        <translation>Зварот</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="136"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="137"/>
        <source>Drawn from</source>
        <translation>Адабрана па</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="137"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="137"/>
        <source>Score</source>
        <translation>Бал</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="137"/>
        <source>Band</source>
        <translation>Узровень</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="138"/>
        <source>Read</source>
        <translation>Прачытана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="140"/>
        <source>Unread</source>
        <translation>Не прачытана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="140"/>
        <source>Waiting since</source>
        <translation>Чакае з</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="141"/>
        <source>Every consultant has read their feedback.</source>
        <translation>Усе кансультанты прачыталі зваротную сувязь.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="199"/>
        <source>Not started</source>
        <translation>Не пачата</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="199"/>
        <source>Draft</source>
        <translation>Чарнавік</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="202"/>
        <source>unsaved work</source>
        <translation>ёсць аўтазахаванне</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="227"/>
        <source>not yet</source>
        <translation>яшчэ не</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="231"/>
        <source>deleted</source>
        <translation>выдалены</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="273"/>
        <source>Delete the round?</source>
        <translation>Выдаліць цыкл?</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="274"/>
        <source>The round and its draft reviews are removed. A round with completed reviews cannot be deleted.</source>
        <translation>Цыкл і яго чарнавыя ацэнкі будуць выдалены. Цыкл з завершанымі ацэнкамі выдаліць нельга.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="281"/>
        <source>Not deleted</source>
        <translation>Не выдалена</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="282"/>
        <source>This round has completed reviews: it stays in the record.</source>
        <translation>У гэтым цыкле ёсць завершаныя ацэнкі: ён застаецца ва ўліку.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="292"/>
        <source>Contact deleted</source>
        <translation>Зварот выдалены</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/page.py" line="293"/>
        <source>This contact was deleted after the sample was drawn; there is nothing to review.</source>
        <translation>Гэты зварот выдалены пасля фарміравання выбаркі; ацэньваць няма чаго.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="496"/>
        <source>Service</source>
        <translation>Паслуга</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="496"/>
        <source>Add a service</source>
        <translation>Новая паслуга</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="512"/>
        <source>&amp;Service:</source>
        <translation>&amp;Паслуга:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="513"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="514"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="515"/>
        <source>&amp;Provided by:</source>
        <translation>&amp;Хто аказвае:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="516"/>
        <source>&amp;Organisation or person:</source>
        <translation>&amp;Арганізацыя або чалавек:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="521"/>
        <source>Cost</source>
        <translation>Кошт</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="522"/>
        <source>&amp;Cost:</source>
        <translation>&amp;Кошт:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="525"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Нататкі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="533"/>
        <source>Cost: write a sum such as 25 or 12,50</source>
        <translation>Кошт: пазначце суму, напрыклад 25 або 12,50</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../app/ui/settings/page.py" line="116"/>
        <source>Settings</source>
        <translation>Налады</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="117"/>
        <source>Working hours: from</source>
        <translation>Гадзіны працы: з</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="118"/>
        <source>Working hours: to</source>
        <translation>Гадзіны працы: да</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="120"/>
        <source>Site &amp;name:</source>
        <translation>&amp;Назва офіса:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="120"/>
        <source>&amp;Organisation of this site:</source>
        <translation>&amp;Арганізацыя гэтага офіса:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="121"/>
        <source>&amp;Working hours:</source>
        <translation>&amp;Гадзіны працы:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="121"/>
        <source>Loc&amp;k after idle minutes:</source>
        <translation>Бла&amp;каваць пасля хвілін бяздзейнасці:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="122"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Мова інтэрфейсу:</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="126"/>
        <source>Contacts taken outside the working hours are marked, never refused; a callback agreed for a time the line is closed moves to the next opening. The organisation answers calls from regions that are not assigned to either organisation (abroad, not known). A new language applies at the next start.</source>
        <translation>Звароты па-за працоўным часам адзначаюцца, але ніколі не адхіляюцца; зваротны званок, прызначаны на час, калі лінія не працуе, пераносіцца на бліжэйшае адкрыццё. Гэтая арганізацыя адказвае на званкі з рэгіёнаў, не замацаваных ні за адной з арганізацый (з-за мяжы, рэгіён невядомы). Новая мова інтэрфейсу ўжываецца пры наступным запуску.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="130"/>
        <source>Without keyboard or mouse input for the idle minutes, the app locks all its windows; Ctrl+L locks at once.</source>
        <translation>Калі столькі хвілін не было ўводу з клавіятуры або мышы, праграма блакуе ўсе свае вокны; Ctrl+L блакуе адразу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="132"/>
        <source>While a contact is in progress the idle lock waits: the minutes count from when it is saved or discarded.</source>
        <translation>Пакуль зварот не завершаны, блакіроўка па бяздзейнасці чакае: хвіліны адлічваюцца з моманту, калі ён захаваны або адменены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="134"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Захаваць налады</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="140"/>
        <source>The working hours must not start and end together.</source>
        <translation>Пачатак і канец працоўнага часу не павінны супадаць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="143"/>
        <source>Tick at least one working day.</source>
        <translation>Адзначце хаця б адзін працоўны дзень.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="153"/>
        <source>Saved.</source>
        <translation>Захавана.</translation>
    </message>
</context>
<context>
    <name>ShiftController</name>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="90"/>
        <source>Ask for a debrief…</source>
        <translation>Папрасіць пра разбор…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="91"/>
        <source>Agree a callback: ask when to call back</source>
        <translation>Дамовіцца пра званок: спытаць, калі ператэлефанаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="132"/>
        <source>Callback for %1: it is saved with the contact.</source>
        <translation>Перазваніць %1: задача захаваецца разам са зваротам.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="149"/>
        <source>The callback is done.</source>
        <translation>Зваротны званок выкананы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="156"/>
        <source>Callback %1 is in your tasks.</source>
        <translation>Зваротны званок %1 — у вашых задачах.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="159"/>
        <location filename="../../app/ui/shift/controller.py" line="197"/>
        <source>Callback</source>
        <translation>Зваротны званок</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="220"/>
        <source>Calling back (agreed for %1): saving this contact completes the task.</source>
        <translation>Зваротны званок (дамовіліся на %1): захаванне звароту закрые задачу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="233"/>
        <source>Debrief</source>
        <translation>Разбор</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/controller.py" line="236"/>
        <source>A supervisor will see your request.</source>
        <translation>Супервізар убачыць вашу просьбу.</translation>
    </message>
</context>
<context>
    <name>ShiftDays</name>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="35"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="36"/>
        <source>Tue</source>
        <translation>Аў</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="37"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="38"/>
        <source>Thu</source>
        <translation>Чц</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="39"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="40"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="41"/>
        <source>Sun</source>
        <translation>Нд</translation>
    </message>
</context>
<context>
    <name>ShiftDialogs</name>
    <message>
        <location filename="../../app/ui/shift/dialogs.py" line="48"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>ShiftPage</name>
    <message>
        <location filename="../../app/ui/shift/page.py" line="195"/>
        <location filename="../../app/ui/shift/page.py" line="283"/>
        <source>Shift</source>
        <translation>Змена</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="196"/>
        <source>Waiting for me</source>
        <translation>Чакае мяне</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="197"/>
        <source>Since my last shift</source>
        <translation>З маёй мінулай змены</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="199"/>
        <source>Everyone&apos;s open callbacks</source>
        <translation>Адкрытыя званкі ўсіх</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="200"/>
        <source>Requests for a debrief:</source>
        <translation>Просьбы пра разбор:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="202"/>
        <source>Talked it through</source>
        <translation>Абмеркавалі</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="203"/>
        <source>Crisis follow-ups (mine, or due today):</source>
        <translation>Крызісныя задачы (мае або на сёння):</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="204"/>
        <source>Notes left for the next shift:</source>
        <translation>Нататкі для наступнай змены:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="205"/>
        <source>New crisis cases:</source>
        <translation>Новыя крызісныя выпадкі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="206"/>
        <source>&amp;Note for the next shift:</source>
        <translation>&amp;Нататка для наступнай змены:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="208"/>
        <source>Leave the note</source>
        <translation>Пакінуць нататку</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="209"/>
        <source>Ask for a debrief…</source>
        <translation>Папрасіць пра разбор…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="238"/>
        <source>overdue</source>
        <translation>пратэрмінавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="238"/>
        <source>due</source>
        <translation>тэрмін</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="239"/>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1: %2 %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="241"/>
        <source>follow-up call</source>
        <translation>паўторны званок</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="241"/>
        <source>referral</source>
        <translation>накіраванне</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="245"/>
        <source>Unread quality reviews: %1 (page «My reviews»).</source>
        <translation>Непрачытаных ацэнак якасці: %1 (старонка «Мае ацэнкі»).</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="248"/>
        <source>Directory entries to check: %1.</source>
        <translation>Запісаў даведніка праверыць: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="252"/>
        <source>Since %1:</source>
        <translation>З %1:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="259"/>
        <source>No notes.</source>
        <translation>Нататак няма.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="264"/>
        <source>None.</source>
        <translation>Няма.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="283"/>
        <source>Choose a task in the list first.</source>
        <translation>Спачатку выберыце задачу ў спісе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="310"/>
        <source>Another time</source>
        <translation>Іншы час</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="322"/>
        <source>Not needed any more?</source>
        <translation>Больш не патрэбна?</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="323"/>
        <source>Close this callback without calling back (the caller called again, the number was wrong…)?</source>
        <translation>Закрыць задачу без званка (абанент перазваніў сам, нумар няправільны…)?</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="335"/>
        <source>agreed</source>
        <translation>дамовіліся</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="335"/>
        <source>handed over</source>
        <translation>перададзена</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="336"/>
        <source>moved</source>
        <translation>перанесена</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="336"/>
        <source>done</source>
        <translation>выканана</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="337"/>
        <source>cancelled</source>
        <translation>адменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="341"/>
        <source>from %1 to %2</source>
        <translation>ад %1 да %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="344"/>
        <source>for %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="346"/>
        <source>History of the task</source>
        <translation>Гісторыя задачы</translation>
    </message>
</context>
<context>
    <name>ShiftSummary</name>
    <message>
        <location filename="../../app/ui/shift/page.py" line="385"/>
        <source>Callbacks waiting: %1</source>
        <translation>Чакаюць зваротнага званка: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="389"/>
        <source>overdue: %1</source>
        <translation>пратэрмінавана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="392"/>
        <source>crisis follow-ups: %1</source>
        <translation>крызісных задач: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="395"/>
        <source>notes for the next shift: %1</source>
        <translation>нататак для змены: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/ui/help.py" line="251"/>
        <location filename="../../app/ui/help.py" line="256"/>
        <source>Keyboard shortcuts</source>
        <translation>Спалучэнні клавіш</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="254"/>
        <source>Keys</source>
        <translation>Клавішы</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="254"/>
        <source>What they do</source>
        <translation>Што робяць</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="272"/>
        <source>Undo the call just saved by its digit</source>
        <translation>Адмяніць званок, толькі што захаваны лічбай</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="273"/>
        <location filename="../../app/ui/help.py" line="274"/>
        <location filename="../../app/ui/help.py" line="275"/>
        <source>Save the contact</source>
        <translation>Захаваць зварот</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="276"/>
        <source>End the call (the timer stops)</source>
        <translation>Завяршыць званок (таймер спыніцца)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="277"/>
        <source>Discard the contact (asks first)</source>
        <translation>Адмяніць зварот (з пытаннем)</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="278"/>
        <source>Go to the directory entries for the destination</source>
        <translation>Перайсці да запісаў даведніка па краіне прызначэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="279"/>
        <source>Copy the chosen directory entry into the notes</source>
        <translation>Скапіраваць выбраны запіс даведніка ў нататкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="280"/>
        <source>Show the contact just saved that the filters hide</source>
        <translation>Паказаць толькі што захаваны зварот, схаваны фільтрамі</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="282"/>
        <source>History of changes of the chosen contact</source>
        <translation>Гісторыя змен выбранага звароту</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="283"/>
        <source>Search the notes</source>
        <translation>Пошук па нататках</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="284"/>
        <source>Search the crisis cases</source>
        <translation>Пошук па крызісных выпадках</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="285"/>
        <source>Search the directory</source>
        <translation>Пошук па даведніку</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="286"/>
        <source>History of changes of the chosen entry</source>
        <translation>Гісторыя змен выбранага запісу</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="287"/>
        <source>New directory entry</source>
        <translation>Новы запіс даведніка</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="288"/>
        <source>New review round</source>
        <translation>Новы раўнд ацэнкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="289"/>
        <source>New meeting, examination or training</source>
        <translation>Новы сход, экзамен або навучанне</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="290"/>
        <source>Mark the review as read</source>
        <translation>Адзначыць ацэнку як прачытаную</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="291"/>
        <source>Count the statistics again</source>
        <translation>Пералічыць статыстыку</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="292"/>
        <source>Write a sync file for the chosen partner</source>
        <translation>Запісаць файл сінхранізацыі для выбранага партнёра</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="293"/>
        <source>Read a sync file</source>
        <translation>Прачытаць файл сінхранізацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="294"/>
        <source>New account</source>
        <translation>Новы ўліковы запіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="295"/>
        <source>Search the assistance cases</source>
        <translation>Пошук па выпадках суправаджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="296"/>
        <source>New assistance case</source>
        <translation>Новы выпадак суправаджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="297"/>
        <source>The case summary as PDF</source>
        <translation>Зводка выпадку ў PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="298"/>
        <source>The redacted case summary as PDF</source>
        <translation>Абязлічаная зводка выпадку ў PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="301"/>
        <source>Tab %1 of the case</source>
        <translation>Укладка %1 выпадку</translation>
    </message>
    <message>
        <location filename="../../app/ui/help.py" line="306"/>
        <source>Everywhere in the window</source>
        <translation>Усюды ў акне</translation>
    </message>
</context>
<context>
    <name>StaffEventDialog</name>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="49"/>
        <source>Staff development</source>
        <translation>Павышэнне кваліфікацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="50"/>
        <source>Edit the record</source>
        <translation>Змяненне запісу</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="53"/>
        <source>Staff meeting</source>
        <translation>Рабочая нарада</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="54"/>
        <source>Written examination</source>
        <translation>Пісьмовы экзамен</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="55"/>
        <source>Training</source>
        <translation>Трэнінг</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="76"/>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="77"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="80"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="80"/>
        <source>&amp;Type:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="81"/>
        <source>T&amp;opic:</source>
        <translation>&amp;Тэма:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="82"/>
        <source>&amp;Participants (Space ticks):</source>
        <translation>&amp;Удзельнікі (прабел — адзначыць):</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="83"/>
        <source>&amp;Others present:</source>
        <translation>Іншыя &amp;прысутныя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="84"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Нататкі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="88"/>
        <source>e.g. a psychologist, an embassy&apos;s consul</source>
        <translation>напрыклад, псіхолаг, консул пасольства</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="119"/>
        <source>Give the topic.</source>
        <translation>Пазначце тэму.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="120"/>
        <source>Tick who took part, or name them.</source>
        <translation>Адзначце ўдзельнікаў або ўпішыце іх імёны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="121"/>
        <source>The date is more than a year ahead.</source>
        <translation>Дата больш чым на год наперад.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="122"/>
        <source>The date is before 2000.</source>
        <translation>Дата раней за 2000 год.</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="137"/>
        <source>Not saved</source>
        <translation>Не захавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="138"/>
        <source>Someone else changed this record meanwhile; open it again.</source>
        <translation>Хтосьці іншы тым часам змяніў гэты запіс; адкрыйце яго нанова.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="189"/>
        <source>Staff meeting</source>
        <translation>Рабочая нарада</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="190"/>
        <source>Written examination</source>
        <translation>Пісьмовы экзамен</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="191"/>
        <source>Training</source>
        <translation>Трэнінг</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="194"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ерыяд:</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="195"/>
        <source>&amp;Add… (Ctrl+N)</source>
        <translation>&amp;Дадаць… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="196"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Змяніць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="197"/>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="199"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="199"/>
        <source>Type</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="199"/>
        <source>Topic</source>
        <translation>Тэма</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="199"/>
        <source>Participants</source>
        <translation>Удзельнікі</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="207"/>
        <source>Staff meetings: %1 · written examinations: %2 · trainings: %3 · participations: %4</source>
        <translation>Рабочых нарад: %1 · пісьмовых экзаменаў: %2 · трэнінгаў: %3 · выпадкаў удзелу: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="219"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="252"/>
        <source>Delete the record?</source>
        <translation>Выдаліць запіс?</translation>
    </message>
    <message>
        <location filename="../../app/ui/quality/staff_register.py" line="253"/>
        <source>«%1» of %2 is removed from the register.</source>
        <translation>Запіс «%1» ад %2 будзе выдалены з журнала.</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../../app/ui/start_panel.py" line="46"/>
        <source>Ready for the next contact</source>
        <translation>Можна прымаць наступны зварот</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_panel.py" line="47"/>
        <source>New phone contact (F2)</source>
        <translation>Новы званок (F2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_panel.py" line="48"/>
        <source>New e-mail (F3)</source>
        <translation>Новы ліст (F3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_panel.py" line="49"/>
        <source>New chat or visit (F6)</source>
        <translation>Новы чат або візіт (F6)</translation>
    </message>
    <message>
        <location filename="../../app/ui/start_panel.py" line="51"/>
        <source>F2 starts the timer at once. Then 1 = consultation, 2–7 = a call without counselling; Tab moves between fields, Ctrl+S saves.</source>
        <translation>F2 адразу запускае таймер. Потым 1 — кансультацыя, 2–7 — званок без кансультацыі; Tab — пераход паміж палямі, Ctrl+S — захаваць.</translation>
    </message>
</context>
<context>
    <name>StartTasks</name>
    <message>
        <location filename="../../app/ui/shift/page.py" line="437"/>
        <source>My tasks</source>
        <translation>Мае задачы</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="438"/>
        <source>Call back now</source>
        <translation>Перазваніць зараз</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="439"/>
        <source>Shift page</source>
        <translation>Змена</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="466"/>
        <source>No callbacks waiting.</source>
        <translation>Зваротных званкоў няма.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="19"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ерыяд:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="100"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Арганізацыя:</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="217"/>
        <location filename="../../app/ui/statistics/page.py" line="225"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="218"/>
        <location filename="../../app/ui/statistics/page.py" line="225"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="219"/>
        <location filename="../../app/ui/statistics/page.py" line="226"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="226"/>
        <source>From – to</source>
        <translation>З … па …</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="230"/>
        <source>Quarter %1</source>
        <translation>%1 квартал</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="231"/>
        <source>Both organisations (national)</source>
        <translation>Абедзве арганізацыі (па краіне)</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="639"/>
        <source>For outside &amp;release, hide numbers below</source>
        <translation>Для знешняга &amp;распаўсюджвання хаваць лікі меншыя за</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="636"/>
        <source>Exports for outside release show small numbers as “&lt;5” (and as many others as needed so that none can be worked out), and leave out every name.</source>
        <translation>У выгрузках для знешняга распаўсюджвання малыя лікі паказаны як «&lt;5» (а таксама столькі іншых, колькі трэба, каб ніводны нельга было вылічыць), а імёны не пазначаюцца.</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="152"/>
        <source>Tables and charts</source>
        <translation>Табліцы і дыяграмы</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="247"/>
        <source>Trends</source>
        <translation>Тэндэнцыі</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="255"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Паказаць:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="268"/>
        <source>&amp;Side by side:</source>
        <translation>&amp;Колькасць перыядаў:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="327"/>
        <source>Campaigns</source>
        <translation>Кампаніі</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="347"/>
        <source>Na&amp;me:</source>
        <translation>На&amp;зва:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="364"/>
        <source>Started on:</source>
        <translation>Пачатак:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="389"/>
        <source>Ended on:</source>
        <translation>Заканчэнне:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="414"/>
        <source>Channe&amp;l:</source>
        <translation>Канал &amp;інфармавання:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="431"/>
        <source>A&amp;dd the campaign</source>
        <translation>Дада&amp;ць кампанію</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="438"/>
        <source>Remove the campai&amp;gn</source>
        <translation>В&amp;ыдаліць кампанію</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="488"/>
        <source>Report texts</source>
        <translation>Тэксты справаздачы</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="494"/>
        <source>Your words for the published report of this period and organisation: they go into the PDF and DOCX where the sections are. Leave a box empty to leave its text out. Never write about a person who could be recognised.</source>
        <translation>Вашы тэксты для справаздачы, якая публікуецца, за гэты перыяд і арганізацыю: яны трапляюць у PDF і DOCX у свае раздзелы. Пакіньце поле пустым, каб тэксту не было. Ніколі не пішыце пра чалавека, якога можна пазнаць.</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="506"/>
        <source>&amp;Introduction:</source>
        <translation>&amp;Уводзіны:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="523"/>
        <source>&amp;Consultations:</source>
        <translation>Ка&amp;нсультацыі:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="540"/>
        <source>Crisis and tra&amp;fficking:</source>
        <translation>Крызіс і &amp;гандаль людзьмі:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="557"/>
        <source>&amp;Assistance:</source>
        <translation>&amp;Дапамога:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="574"/>
        <source>Co&amp;nclusions:</source>
        <translation>Вы&amp;сновы:</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="608"/>
        <source>Sa&amp;ve the texts</source>
        <translation>За&amp;хаваць тэксты</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="662"/>
        <source>Save the chart shown as a picture (PNG) or a drawing (SVG), for a presentation</source>
        <translation>Захаваць паказаную дыяграму як малюнак (PNG) або чарцёж (SVG) для прэзентацыі</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="665"/>
        <source>Save the c&amp;hart…</source>
        <translation>Захаваць ды&amp;яграму…</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="672"/>
        <source>&amp;Export the report</source>
        <translation>&amp;Экспарт справаздачы</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="129"/>
        <source>Recompu&amp;te</source>
        <translation>Пера&amp;лічыць</translation>
    </message>
    <message>
        <location filename="../../app/forms/statistics_page.ui" line="126"/>
        <source>Count again with the latest records (F5)</source>
        <translation>Пералічыць з улікам апошніх запісаў (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="232"/>
        <source>PDF document…</source>
        <translation>Дакумент PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="234"/>
        <source>Excel workbook (XLSX)…</source>
        <translation>Кніга Excel (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="235"/>
        <source>CSV table…</source>
        <translation>Табліца CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="239"/>
        <location filename="../../app/ui/statistics/page.py" line="251"/>
        <source>Phone and e-mail</source>
        <translation>Тэлефон і электронная пошта</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="239"/>
        <location filename="../../app/ui/statistics/page.py" line="252"/>
        <source>Women and men</source>
        <translation>Жанчыны і мужчыны</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="236"/>
        <location filename="../../app/ui/statistics/page.py" line="253"/>
        <source>Topics</source>
        <translation>Тэмы</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="254"/>
        <source>Topics by gender</source>
        <translation>Тэмы па полу</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="236"/>
        <location filename="../../app/ui/statistics/page.py" line="255"/>
        <source>Destination countries</source>
        <translation>Краіны прызначэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="256"/>
        <source>Destinations by gender</source>
        <translation>Краіны прызначэння па полу</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="257"/>
        <source>Regions</source>
        <translation>Рэгіёны</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="258"/>
        <source>Age groups</source>
        <translation>Узроставыя групы</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="259"/>
        <source>Age groups by gender</source>
        <translation>Узроставыя групы па полу</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="260"/>
        <location filename="../../app/ui/statistics/page.py" line="323"/>
        <source>Who contacted</source>
        <translation>Хто звярнуўся</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="261"/>
        <source>Purpose of travel</source>
        <translation>Мэта паездкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="262"/>
        <source>How they heard of us</source>
        <translation>Адкуль даведаліся пра нас</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="263"/>
        <source>Outcomes</source>
        <translation>Вынікі</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="264"/>
        <source>Channel by gender</source>
        <translation>Канал па полу</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="240"/>
        <location filename="../../app/ui/statistics/page.py" line="265"/>
        <location filename="../../app/ui/statistics/page.py" line="313"/>
        <source>Crisis contacts</source>
        <translation>Крызісныя звароты</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="266"/>
        <source>Over time</source>
        <translation>Дынаміка</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="267"/>
        <location filename="../../app/ui/statistics/page.py" line="333"/>
        <source>Without counselling</source>
        <translation>Без кансультацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="268"/>
        <source>Organisations</source>
        <translation>Арганізацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="269"/>
        <source>Services given</source>
        <translation>Аказаныя паслугі</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="237"/>
        <location filename="../../app/ui/statistics/page.py" line="270"/>
        <source>Recruitment methods</source>
        <translation>Спосабы вярбоўкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="220"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="221"/>
        <source>To</source>
        <translation>Па</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="222"/>
        <source>Hide numbers below</source>
        <translation>Хаваць лікі меншыя за</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="223"/>
        <source>Sections of the report</source>
        <translation>Раздзелы справаздачы</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="224"/>
        <source>Chart of the section</source>
        <translation>Дыяграма раздзела</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="233"/>
        <source>Word document (DOCX), to edit…</source>
        <translation>Дакумент Word (DOCX) для рэдагавання…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="238"/>
        <location filename="../../app/ui/statistics/page.py" line="271"/>
        <source>Exploitation types</source>
        <translation>Віды эксплуатацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="243"/>
        <source>years</source>
        <translation>гады</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="243"/>
        <source>quarters</source>
        <translation>кварталы</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="272"/>
        <source>Contacts abroad given: by type</source>
        <translation>Выдадзеныя кантакты за мяжой: па тыпах</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="273"/>
        <source>Contacts abroad given: by country</source>
        <translation>Выдадзеныя кантакты за мяжой: па краінах</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="274"/>
        <source>Consultants</source>
        <translation>Кансультанты</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="279"/>
        <source>No data recorded yet: this section is filled from case records, which this version does not keep yet.</source>
        <translation>Даных пакуль няма: гэты раздзел запаўняецца з запісаў пра выпадкі, якія гэтая версія пакуль не вядзе.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="283"/>
        <source>Calls and messages without counselling are counted apart and never appear in the other tables. Percentages are of all of them.</source>
        <translation>Званкі і паведамленні без кансультацыі ўлічваюцца асобна і не ўваходзяць у іншыя табліцы. Працэнты — ад іх агульнай колькасці.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="287"/>
        <source>A contact can count in several rows; percentages are of all consultations.</source>
        <translation>Адзін зварот можа ўлічвацца ў некалькіх радках; працэнты — ад усіх кансультацый.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="290"/>
        <source>Percentages are of all consultations of that gender.</source>
        <translation>Працэнты — ад усіх кансультацый людзей гэтага полу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="292"/>
        <source>Contacts without a destination count as “not defined yet”.</source>
        <translation>Звароты без краіны прызначэння ўлічаны ў радку «Не вызначана».</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="294"/>
        <source>Internal: never part of a report for outside release.</source>
        <translation>Для ўнутранага карыстання: ніколі не ўваходзіць у справаздачу для знешняга распаўсюджвання.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="300"/>
        <location filename="../../app/ui/statistics/page.py" line="311"/>
        <source>Not recorded</source>
        <translation>Не пазначана</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="320"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="320"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="321"/>
        <source>Topic</source>
        <translation>Тэма</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="321"/>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="322"/>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="322"/>
        <source>Age group</source>
        <translation>Узрост</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="323"/>
        <source>Purpose</source>
        <translation>Мэта</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="324"/>
        <source>Source</source>
        <translation>Крыніца</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="324"/>
        <source>Outcome</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="325"/>
        <source>Period</source>
        <translation>Перыяд</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="325"/>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="326"/>
        <source>Organisation</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="326"/>
        <source>Consultant</source>
        <translation>Кансультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="332"/>
        <location filename="../../app/ui/statistics/page.py" line="575"/>
        <location filename="../../app/ui/statistics/trends_tab.py" line="79"/>
        <source>Number</source>
        <translation>Колькасць</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="332"/>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="99"/>
        <source>Consultations</source>
        <translation>Кансультацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="427"/>
        <location filename="../../app/ui/statistics/trends_tab.py" line="42"/>
        <source>Computing…</source>
        <translation>Падлік…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="437"/>
        <source>Computing the statistics…</source>
        <translation>Падлік статыстыкі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="451"/>
        <source>Computed in %1 s.</source>
        <translation>Падлічана за %1 с.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="464"/>
        <source>Cancelled.</source>
        <translation>Скасавана.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="467"/>
        <source>The statistics could not be computed; the log file has the details.</source>
        <translation>Не ўдалося падлічыць статыстыку; падрабязнасці — у журнале працы праграмы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="487"/>
        <source>not comparable</source>
        <translation>не параўнальна</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="489"/>
        <source>the same days of the previous period (%1): %2, change %3</source>
        <translation>тыя ж дні папярэдняга перыяду (%1): %2, змена %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="492"/>
        <source>Consultations: %1</source>
        <translation>Кансультацый: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="551"/>
        <source>Chart: %1</source>
        <translation>Дыяграма: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="552"/>
        <source>Table: %1</source>
        <translation>Табліца: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="490"/>
        <source>previous period (%1): %2, change %3</source>
        <translation>папярэдні перыяд (%1): %2, змяненне %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="495"/>
        <source>crisis contacts: %1 (%2)</source>
        <translation>крызісных зваротаў: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="497"/>
        <source>without counselling, counted apart: %1</source>
        <translation>без кансультацыі (улічваюцца асобна): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="585"/>
        <source>Previous period</source>
        <translation>Папярэдні перыяд</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="585"/>
        <source>Change, %</source>
        <translation>Змяненне, %</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/page.py" line="588"/>
        <source>Total</source>
        <translation>Усяго</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="39"/>
        <source>from %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="58"/>
        <source>Campaign added.</source>
        <translation>Кампанія дададзена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="66"/>
        <source>Remove the campaign</source>
        <translation>Выдаліць кампанію</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="67"/>
        <source>Remove the campaign “%1”? The contacts stay as they are.</source>
        <translation>Выдаліць кампанію «%1»? Звароты застануцца як ёсць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="72"/>
        <source>Campaign removed.</source>
        <translation>Кампанія выдалена.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="79"/>
        <source>No campaign recorded yet: add one on the left.</source>
        <translation>Кампаніі пакуль не запісаны: дадайце кампанію злева.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="88"/>
        <source>“%1”: consultations per week, %2 weeks before and after its start, and how callers heard of the infoline before and after.</source>
        <translation>«%1»: кансультацыі па тыднях, за %2 тыдняў да пачатку і пасля яго, і адкуль даведаліся пра інфалінію да і пасля.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="96"/>
        <source>%1 (the start)</source>
        <translation>%1 (пачатак)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="125"/>
        <source>How they heard</source>
        <translation>Адкуль даведаліся</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="126"/>
        <source>Before (%1)</source>
        <translation>Да (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="127"/>
        <source>After (%1)</source>
        <translation>Пасля (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/campaigns_tab.py" line="128"/>
        <source>Change of the share, points</source>
        <translation>Змена долі, п. п.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="28"/>
        <source>PDF document (*.pdf)</source>
        <translation>Дакумент PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="29"/>
        <source>Word document (*.docx)</source>
        <translation>Дакумент Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="30"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Кніга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="31"/>
        <source>CSV table (*.csv)</source>
        <translation>Табліца CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="34"/>
        <source>Export the report</source>
        <translation>Экспарт справаздачы</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="60"/>
        <source>Writing the report…</source>
        <translation>Запіс справаздачы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="64"/>
        <source>Report saved: %1</source>
        <translation>Справаздача захавана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="69"/>
        <source>The report was not saved</source>
        <translation>Справаздача не захавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="70"/>
        <source>The report could not be written. Choose another folder or file name.</source>
        <translation>Не ўдалося запісаць справаздачу. Выберыце іншую папку або імя файла.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="81"/>
        <source>This section has no chart.</source>
        <translation>У гэтага раздзела няма дыяграмы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="85"/>
        <source>Save the chart</source>
        <translation>Захаваць дыяграму</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="86"/>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>Малюнак PNG (*.png);;Чарцёж SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="94"/>
        <source>The chart was not saved</source>
        <translation>Дыяграма не захавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="95"/>
        <source>The chart could not be written. Choose another folder or file name.</source>
        <translation>Не ўдалося запісаць дыяграму. Выберыце іншую папку або імя файла.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/export.py" line="101"/>
        <source>Chart saved: %1</source>
        <translation>Дыяграма захавана: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/texts_tab.py" line="34"/>
        <source>Texts for %1, %2.</source>
        <translation>Тэксты за %1, %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/texts_tab.py" line="53"/>
        <source>Texts saved for %1.</source>
        <translation>Тэксты за %1 захаваны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/trends_tab.py" line="58"/>
        <source>The trends could not be computed; the log file has the details.</source>
        <translation>Не ўдалося вылічыць тэндэнцыі; падрабязнасці — у файле журнала.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/trends_tab.py" line="61"/>
        <source>Computing the trends…</source>
        <translation>Вылічэнне тэндэнцый…</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/trends_tab.py" line="65"/>
        <source>Counts and shares per period; shares are of the period&apos;s consultations (of its persons, for recruitment and exploitation). The last column is the change of the last period against the one before.</source>
        <translation>Лікі і долі па перыядах; долі — ад кансультацый перыяду (для вярбоўкі і эксплуатацыі — ад колькасці людзей). Апошні слупок — змена апошняга перыяду ў параўнанні з папярэднім.</translation>
    </message>
    <message>
        <location filename="../../app/ui/statistics/trends_tab.py" line="80"/>
        <source>No data for these periods.</source>
        <translation>Няма даных за гэтыя перыяды.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="671"/>
        <source>Case status</source>
        <translation>Статус выпадку</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="676"/>
        <source>Reopen: %1</source>
        <translation>Аднавіць: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="681"/>
        <source>Now: %1</source>
        <translation>Цяпер: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="684"/>
        <source>&amp;New status:</source>
        <translation>Новы &amp;статус:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="685"/>
        <source>Closure &amp;reason:</source>
        <translation>&amp;Прычына закрыцця:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="686"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Нататка:</translation>
    </message>
</context>
<context>
    <name>SummaryPrinting</name>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="32"/>
        <source>Save the redacted summary</source>
        <translation>Захаваць абязлічаную зводку</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="33"/>
        <source>Save the case summary</source>
        <translation>Захаваць зводку па выпадку</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="34"/>
        <source>PDF document (*.pdf)</source>
        <translation>Дакумент PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="47"/>
        <location filename="../../app/ui/assistance/printing.py" line="50"/>
        <source>Writing the summary…</source>
        <translation>Запіс зводкі…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/assistance/printing.py" line="55"/>
        <source>Summary saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Зводка захавана: %1 (%n старонка)</numerusform>
            <numerusform>Зводка захавана: %1 (%n старонкі)</numerusform>
            <numerusform>Зводка захавана: %1 (%n старонак)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="60"/>
        <source>Summary saved</source>
        <translation>Зводка захавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="61"/>
        <source>The summary was saved as %1, but no program to show PDF files was found. Open the file from its folder to print it.</source>
        <translation>Зводка захавана ў файл %1, але праграма для прагляду PDF не знойдзена. Адкрыйце файл з яго папкі, каб раздрукаваць.</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="69"/>
        <source>The summary was not saved</source>
        <translation>Зводка не захавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/printing.py" line="70"/>
        <source>The summary could not be written. Choose another folder or file name.</source>
        <translation>Не ўдалося запісаць зводку. Выберыце іншую папку або імя файла.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../app/ui/sync/page.py" line="58"/>
        <source>This is not an Infoline Desk sync file.</source>
        <translation>Гэта не файл сінхранізацыі Infoline Desk.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="60"/>
        <source>The file is larger than a sync file may be.</source>
        <translation>Файл большы, чым можа быць файл сінхранізацыі.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="62"/>
        <source>The file was made by a newer version of Infoline Desk. Update the app to read it.</source>
        <translation>Файл створаны навейшай версіяй Infoline Desk. Абнавіце праграму, каб прачытаць яго.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="65"/>
        <source>The file is addressed to another site.</source>
        <translation>Файл адрасаваны іншаму вузлу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="67"/>
        <source>The file is signed by a key that is not one of your partners. Add the partner (and confirm its fingerprint) first.</source>
        <translation>Файл падпісаны ключом, якога няма сярод вашых партнёраў. Спачатку дадайце партнёра (і пацвердзіце яго адбітак).</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="70"/>
        <source>The file was altered or truncated on the way: its signature does not match.</source>
        <translation>Файл зменены або абрэзаны ў дарозе: яго подпіс не супадае.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="73"/>
        <source>The file is damaged and cannot be read.</source>
        <translation>Файл пашкоджаны і не можа быць прачытаны.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="75"/>
        <source>The file holds records that break the rules.</source>
        <translation>У файле ёсць запісы, якія парушаюць правілы.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="78"/>
        <source>The file was refused.</source>
        <translation>Файл адхілены.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="83"/>
        <source>applied</source>
        <translation>ужыты</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="84"/>
        <source>imported before</source>
        <translation>ужо імпартаваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="85"/>
        <source>refused</source>
        <translation>адхілены</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="170"/>
        <source>Sync with partners</source>
        <translation>Сінхранізацыя з партнёрамі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="175"/>
        <source>Save this site&apos;s &amp;key file…</source>
        <translation>Захаваць &amp;ключ гэтага вузла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="176"/>
        <source>&amp;Add partner…</source>
        <translation>&amp;Дадаць партнёра…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="177"/>
        <source>&amp;Remove partner…</source>
        <translation>&amp;Выдаліць партнёра…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="184"/>
        <location filename="../../app/ui/sync/page.py" line="207"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="184"/>
        <source>Organisation</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="184"/>
        <source>Last file sent</source>
        <translation>Файл адпраўлены</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="185"/>
        <source>Records sent</source>
        <translation>Запісаў адпраўлена</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="185"/>
        <source>Last file received</source>
        <translation>Файл атрыманы</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="186"/>
        <source>Records received</source>
        <translation>Запісаў атрымана</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="186"/>
        <source>Conflicts waiting</source>
        <translation>Канфлікты</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="189"/>
        <source>&amp;Export for partner…</source>
        <translation>&amp;Экспарт для партнёра…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="190"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="191"/>
        <source>E&amp;verything, not only the changes</source>
        <translation>&amp;Усё, а не толькі змены</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="192"/>
        <source>&amp;Import a file…</source>
        <translation>&amp;Імпарт файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="193"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="197"/>
        <source>Noticed</source>
        <translation>Выяўлены</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="197"/>
        <source>Record</source>
        <translation>Запіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="197"/>
        <source>Fields</source>
        <translation>Палі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="197"/>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="198"/>
        <source>Versions</source>
        <translation>Версіі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="200"/>
        <source>Keep the &amp;winner</source>
        <translation>Пакінуць &amp;пераможцу</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="201"/>
        <source>Take the &amp;other version</source>
        <translation>Узяць і&amp;ншую версію</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="207"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="207"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="207"/>
        <source>Result</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="208"/>
        <source>Details</source>
        <translation>Падрабязнасці</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="222"/>
        <source>Conflicts waiting for a supervisor</source>
        <translation>Канфлікты, якія чакаюць супервізара</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="232"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="245"/>
        <source>Files received</source>
        <translation>Атрыманыя файлы</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="287"/>
        <source>Your role does not include sync.</source>
        <translation>Ваша роля не ўключае сінхранізацыю.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="292"/>
        <source>no key yet</source>
        <translation>ключа яшчэ няма</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="293"/>
        <source>This site: %1%2. Fingerprint: %3</source>
        <translation>Гэты вузел: %1%2. Адбітак: %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="317"/>
        <source>changed on two sites</source>
        <translation>зменены на двух вузлах</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="318"/>
        <source>the same record twice</source>
        <translation>адзін запіс двойчы</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="323"/>
        <source>Conflicts waiting for a supervisor: %1</source>
        <translation>Канфлікты, якія чакаюць супервізара: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="331"/>
        <source>%1 new, %2 changed, %3 deleted, %4 conflicts</source>
        <translation>новых: %1, зменена: %2, выдалена: %3, канфліктаў: %4</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="337"/>
        <source>nothing changed</source>
        <translation>нічога не змянілася</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="376"/>
        <source>Save this site&apos;s key file</source>
        <translation>Захаваць файл ключа гэтага вузла</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="377"/>
        <location filename="../../app/ui/sync/page.py" line="394"/>
        <source>Infoline site key (*.ilkey);;All files (*)</source>
        <translation>Ключ вузла Infoline (*.ilkey);;Усе файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="384"/>
        <source>Key file not saved</source>
        <translation>Файл ключа не захаваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="386"/>
        <source>Key file saved</source>
        <translation>Файл ключа захаваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="387"/>
        <source>Give the file to the partner. When they add it, read them this fingerprint by phone:

%1</source>
        <translation>Перадайце файл партнёру. Калі ён будзе яго дадаваць, прачытайце яму па тэлефоне гэты адбітак:

%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="393"/>
        <source>The partner&apos;s key file</source>
        <translation>Файл ключа партнёра</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="401"/>
        <source>Not a key file</source>
        <translation>Гэта не файл ключа</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="415"/>
        <source>Partner not added</source>
        <translation>Партнёр не дададзены</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="425"/>
        <source>Remove partner</source>
        <translation>Выдаленне партнёра</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="426"/>
        <source>Remove the partner %1? Its files will be refused from now on. Add it again from its new key file, after checking the fingerprint by phone.</source>
        <translation>Выдаліць партнёра %1? Яго файлы больш не будуць прымацца. Дадайце яго зноў з новага файла ключа, звераўшы адбітак па тэлефоне.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="433"/>
        <source>Partner not removed</source>
        <translation>Партнёр не выдалены</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="444"/>
        <source>Export for %1</source>
        <translation>Экспарт для %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="445"/>
        <source>Infoline sync file (*.ilsync);;All files (*)</source>
        <translation>Файл сінхранізацыі Infoline (*.ilsync);;Усе файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="456"/>
        <source>Writing the sync file…</source>
        <translation>Запіс файла сінхранізацыі…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="460"/>
        <source>File written</source>
        <translation>Файл запісаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="461"/>
        <source>%1 records and %2 deletions for %3 in %4.</source>
        <translation>Запісаў: %1, выдаленняў: %2 для %3 у файле %4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="469"/>
        <source>Import a sync file</source>
        <translation>Імпарт файла сінхранізацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="470"/>
        <source>Infoline sync file (*.ilsync *.sync);;All files (*)</source>
        <translation>Файл сінхранізацыі Infoline (*.ilsync *.sync);;Усе файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="480"/>
        <source>Checking and applying the file…</source>
        <translation>Праверка і ўжыванне файла…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="485"/>
        <source>Imported before</source>
        <translation>Ужо імпартаваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="486"/>
        <source>This file was imported on %1. Nothing changed.</source>
        <translation>Гэты файл быў імпартаваны %1. Нічога не змянілася.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="490"/>
        <source>From %1: %2 new, %3 changed, %4 deleted, %5 conflicts.</source>
        <translation>Ад %1: новых: %2, зменена: %3, выдалена: %4, канфліктаў: %5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="495"/>
        <source>%1 records wait for records not received yet.</source>
        <translation>Запісаў, якія чакаюць яшчэ не атрыманых запісаў: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="497"/>
        <source>File imported</source>
        <translation>Файл імпартаваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="503"/>
        <source>File refused</source>
        <translation>Файл адхілены</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="505"/>
        <location filename="../../app/ui/sync/page.py" line="510"/>
        <source>Sync</source>
        <translation>Сінхранізацыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="510"/>
        <source>The sync did not finish.</source>
        <translation>Сінхранізацыя не скончылася.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="522"/>
        <location filename="../../app/ui/sync/page.py" line="538"/>
        <source>Conflict</source>
        <translation>Канфлікт</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="529"/>
        <source>Take the other version</source>
        <translation>Узяць іншую версію</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/page.py" line="530"/>
        <source>The record gets the other version&apos;s values in the fields that differ. This change then goes to every partner. Continue?</source>
        <translation>Запіс атрымае значэнні іншай версіі ў палях, якія адрозніваюцца. Гэтая змена потым пойдзе ўсім партнёрам. Працягнуць?</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../app/ui/tasks.py" line="117"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>TaskButtons</name>
    <message>
        <location filename="../../app/ui/shift/page.py" line="64"/>
        <source>Call back now</source>
        <translation>Перазваніць зараз</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="65"/>
        <source>Hand over…</source>
        <translation>Перадаць…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="66"/>
        <source>Another time…</source>
        <translation>Іншы час…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="67"/>
        <source>Not needed…</source>
        <translation>Не патрэбна…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/page.py" line="68"/>
        <source>History</source>
        <translation>Гісторыя</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="41"/>
        <source>Due</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="41"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="41"/>
        <source>Caller</source>
        <translation>Абанент</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="41"/>
        <source>Agreed</source>
        <translation>Дамовіліся</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="43"/>
        <source>Whose</source>
        <translation>Чыя</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="49"/>
        <source>done</source>
        <translation>выканана</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="51"/>
        <source>cancelled</source>
        <translation>адменена</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="53"/>
        <source>overdue</source>
        <translation>пратэрмінавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="54"/>
        <source>waiting</source>
        <translation>чакае</translation>
    </message>
    <message>
        <location filename="../../app/ui/shift/tasks.py" line="65"/>
        <source>(no number)</source>
        <translation>(без нумара)</translation>
    </message>
</context>
<context>
    <name>TraffickingDialog</name>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="415"/>
        <source>Trafficking details</source>
        <translation>Звесткі пра гандаль людзьмі</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="435"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="436"/>
        <source>&amp;Decided by:</source>
        <translation>&amp;Кім устаноўлены:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="437"/>
        <source>Decided &amp;on:</source>
        <translation>&amp;Дата ўстанаўлення:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="438"/>
        <source>&amp;Country of exploitation:</source>
        <translation>Краіна &amp;эксплуатацыі:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="444"/>
        <source>Period</source>
        <translation>Перыяд</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="445"/>
        <source>&amp;Period:</source>
        <translation>&amp;Перыяд:</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="450"/>
        <source>Type of exploitation</source>
        <translation>Від эксплуатацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="451"/>
        <source>Methods of control</source>
        <translation>Метады кантролю</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="452"/>
        <source>Recruitment</source>
        <translation>Вярбоўка</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="472"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/assistance/dialogs.py" line="473"/>
        <source>Notes:</source>
        <translation>Нататкі:</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../app/ui/lock.py" line="169"/>
        <source>Infoline Desk is locked</source>
        <translation>Infoline Desk заблакаваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="170"/>
        <source>Locked</source>
        <translation>Заблакавана</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="172"/>
        <source>%1 (%2) is logged in. Type your password to continue where you left off, or let someone else log in; your work is kept as a draft.</source>
        <translation>Уваход выкананы: %1 (%2). Увядзіце свой пароль, каб працягнуць з таго ж месца, або дайце ўвайсці іншаму супрацоўніку; ваша праца захаваецца як чарнавік.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="175"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="176"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблакаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="177"/>
        <source>&amp;Switch user</source>
        <translation>&amp;Змяніць карыстальніка</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="182"/>
        <source>Type your password.</source>
        <translation>Увядзіце пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="192"/>
        <source>Too many wrong passwords. Try again after %1.</source>
        <translation>Занадта шмат няправільных пароляў. Паспрабуйце зноў пасля %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="196"/>
        <source>The password could not be checked.</source>
        <translation>Не ўдалося праверыць пароль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock.py" line="205"/>
        <source>Wrong password.</source>
        <translation>Няправільны пароль.</translation>
    </message>
</context>
<context>
    <name>UsageDialog</name>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="111"/>
        <source>Articles given to callers</source>
        <translation>Артыкулы, выдадзеныя абанентам</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="115"/>
        <source>Article</source>
        <translation>Артыкул</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="115"/>
        <source>Given</source>
        <translation>Выдадзена</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="115"/>
        <source>Last given</source>
        <translation>Апошні раз</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="115"/>
        <source>Review</source>
        <translation>Праверка</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="126"/>
        <source>to be checked</source>
        <translation>патрабуе праверкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/knowledge/page.py" line="126"/>
        <source>up to date</source>
        <translation>актуальны</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="66"/>
        <source>Agency</source>
        <translation>Агенцтва</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="66"/>
        <source>Website</source>
        <translation>Вэб-сайт</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="67"/>
        <source>Social network account</source>
        <translation>Акаўнт у сацсетцы</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="68"/>
        <source>Phone number</source>
        <translation>Нумар тэлефона</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="68"/>
        <source>Person</source>
        <translation>Чалавек</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="72"/>
        <source>licence expired on %1</source>
        <translation>тэрмін ліцэнзіі скончыўся %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="74"/>
        <source>licensed until %1</source>
        <translation>ліцэнзія да %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="76"/>
        <source>licensed</source>
        <translation>ліцэнзія ёсць</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="77"/>
        <source>%1 (УНП %2): %3</source>
        <translation>%1 (УНП %2): %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="85"/>
        <source>No list of licensed agencies has been imported: the licence cannot be checked here.</source>
        <translation>Спіс ліцэнзаваных агенцтваў не імпартаваны: тут ліцэнзію праверыць нельга.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="88"/>
        <source>Not found in the list of licensed agencies dated %1.</source>
        <translation>Не знойдзена ў спісе ліцэнзаваных агенцтваў ад %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="91"/>
        <source>%1: licence expired on %2 (list dated %3).</source>
        <translation>%1: тэрмін ліцэнзіі скончыўся %2 (спіс ад %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="94"/>
        <source>%1: licensed until %2 (list dated %3).</source>
        <translation>%1: ліцэнзія дзейнічае да %2 (спіс ад %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/recruiters/intake.py" line="96"/>
        <source>%1: licensed (list dated %2).</source>
        <translation>%1: ліцэнзія ёсць (спіс ад %2).</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app/ui/app.py" line="90"/>
        <source>Unexpected error</source>
        <translation>Непрадбачаная памылка</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="91"/>
        <source>Something went wrong. What you typed is kept in the draft. The details are in the log file: %1</source>
        <translation>Нешта пайшло не так. Усё, што вы ўвялі, захавана ў чарнавіку. Падрабязнасці — у журнале працы праграмы: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="129"/>
        <source>Creating the demo database…</source>
        <translation>Стварэнне дэманстрацыйнай базы…</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="137"/>
        <location filename="../../app/ui/app.py" line="155"/>
        <source>Demo data</source>
        <translation>Дэманстрацыйныя даныя</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="137"/>
        <source>The demo database could not be made.</source>
        <translation>Не ўдалося стварыць дэманстрацыйную базу.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="152"/>
        <source>Welcome to Infoline Desk</source>
        <translation>Вітаем у працоўным месцы інфалініі</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="153"/>
        <source>This is the first start on this computer. Start with an empty database for real work, or look around first in a demo database filled with fictional contacts?</source>
        <translation>Праграма ўпершыню запушчана на гэтым камп’ютары. Пачаць з пустой базы для рэальнай працы ці спачатку азнаёміцца з дэманстрацыйнай базай з выдуманымі зваротамі?</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="155"/>
        <source>Empty database</source>
        <translation>Пустая база</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="155"/>
        <source>Quit</source>
        <translation>Выйсці</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="182"/>
        <source>The key file is missing</source>
        <translation>Няма файла ключоў</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="183"/>
        <source>This database is encrypted, and its key file %1 is not beside it, so nobody can log in. Copy the key file back from a backup: each backup has one beside it (&lt;backup&gt;.keys).</source>
        <translation>Гэтая база даных зашыфраваная, а яе файла ключоў %1 побач няма, таму ўвайсці ніхто не можа. Скапіруйце файл ключоў назад з рэзервовай копіі: побач з кожнай копіяй ляжыць свой (&lt;копія&gt;.keys).</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="241"/>
        <source>The daily backup could not be made.</source>
        <translation>Не ўдалося стварыць штодзённую рэзервовую копію.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="281"/>
        <source>The backup was not restored: %1</source>
        <translation>Копія не адноўлена: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="285"/>
        <source>The database was restored from the backup (%1). The database as it was before is kept as a backup too. Log in again.</source>
        <translation>База даных адноўлена з копіі (%1). Ранейшы стан базы таксама захаваны як копія. Увайдзіце зноў.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="325"/>
        <source>Unsaved contact found</source>
        <translation>Знойдзены незахаваны зварот</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="281"/>
        <location filename="../../app/ui/app.py" line="284"/>
        <location filename="../../app/ui/app.py" line="329"/>
        <source>Restore</source>
        <translation>Аднавіць</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="326"/>
        <source>A contact you were recording was not saved: the app closed, or the workstation changed hands (last change %1). Restore it to finish and save it?</source>
        <translation>Зварот, які вы запісвалі, не быў захаваны: праграма закрылася або за працоўнае месца сеў іншы супрацоўнік (апошняя змена %1). Аднавіць яго, каб скончыць і захаваць?</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="329"/>
        <source>Later</source>
        <translation>Пазней</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="329"/>
        <source>Discard it</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="357"/>
        <source>Cannot open the database</source>
        <translation>Не ўдалося адкрыць базу даных</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="79"/>
        <source>No data</source>
        <translation>Няма даных</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="81"/>
        <source>Enter shows the data as a table.</source>
        <translation>Enter паказвае даныя табліцай.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="87"/>
        <source>Chart data</source>
        <translation>Даныя дыяграмы</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/charts.py" line="102"/>
        <source>Show as a table (Enter)</source>
        <translation>Паказаць табліцай (Enter)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="14"/>
        <source>your role ({role}) does not allow this ({action})</source>
        <translation>ваша роля ({role}) не дазваляе гэта ({action})</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="15"/>
        <source>this needs an active account allowed to do it ({action})</source>
        <translation>для гэтага патрэбны дзейны ўліковы запіс з такім правам ({action})</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="16"/>
        <source>nobody is logged in</source>
        <translation>ніхто не ўвайшоў у сістэму</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="17"/>
        <source>this account is deactivated</source>
        <translation>гэты ўліковы запіс адключаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="18"/>
        <source>not your review</source>
        <translation>гэта не ваша ацэнка</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="19"/>
        <source>only the consultant reviewed marks a review read</source>
        <translation>адзначыць ацэнку прачытанай можа толькі ацэнены кансультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="20"/>
        <source>unknown kind of person: {kind}</source>
        <translation>невядомы від запісу пра чалавека: {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="21"/>
        <source>this caller profile no longer exists (already erased?)</source>
        <translation>гэтай карткі абанента больш няма (ужо выдалена?)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="22"/>
        <source>this assistance case no longer exists</source>
        <translation>гэтага выпадку суправаджэння больш няма</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="23"/>
        <source>this client&apos;s data has already been erased</source>
        <translation>даныя гэтага кліента ўжо выдалены</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="24"/>
        <source>the retention period must be between 1 and 100 years</source>
        <translation>тэрмін захоўвання павінен быць ад 1 да 100 гадоў</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="25"/>
        <source>{name} is the last active administrator; make another account an administrator first</source>
        <translation>{name} — апошні дзейны адміністратар; спачатку прызначце адміністратарам іншы ўліковы запіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="29"/>
        <source>the key file does not belong to this database</source>
        <translation>файл ключоў не адносіцца да гэтай базы даных</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="30"/>
        <source>the user name {name} is taken; choose another</source>
        <translation>імя карыстальніка {name} занятае; выберыце іншае</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="31"/>
        <source>the key file already has an entry {name}; remove it or choose another user name</source>
        <translation>у файле ключоў ужо ёсць запіс {name}; выдаліце яго або выберыце іншае імя карыстальніка</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35"/>
        <source>{name} is deactivated; reactivate the account instead</source>
        <translation>{name} адключаны; замест гэтага зноў уключыце ўліковы запіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="36"/>
        <source>too many failed attempts: locked until {until}</source>
        <translation>занадта шмат няўдалых спроб: уваход заблакаваны да {until}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="37"/>
        <source>a partner&apos;s name is 1 to {limit} characters</source>
        <translation>імя партнёра — ад 1 да {limit} сімвалаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38"/>
        <source>no such conflict</source>
        <translation>такога канфлікту няма</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39"/>
        <source>this conflict is resolved already</source>
        <translation>гэты канфлікт ужо вырашаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40"/>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: не ўдаецца запісаць ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41"/>
        <source>the fingerprint does not match the key file: do not add this partner, and check with them how the file travelled</source>
        <translation>адбітак не супадае з файлам ключа: не дадавайце гэтага партнёра і высветліце з ім, як перадаваўся файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45"/>
        <source>this key file is this site&apos;s own</source>
        <translation>гэта файл ключа самога гэтага вузла</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46"/>
        <source>a partner named {name} exists already</source>
        <translation>партнёр з імем {name} ужо ёсць</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47"/>
        <source>this partner&apos;s key is registered already</source>
        <translation>ключ гэтага партнёра ўжо зарэгістраваны</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48"/>
        <source>this partner site is registered already (with another key)</source>
        <translation>гэты вузел партнёра ўжо зарэгістраваны (з іншым ключом)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49"/>
        <source>no partner named {name}</source>
        <translation>няма партнёра з імем {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50"/>
        <source>{path}: no such file</source>
        <translation>{path}: файл не знойдзены</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51"/>
        <source>{block}: not a text block of the report</source>
        <translation>{block}: у справаздачы няма такога тэкставага блока</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52"/>
        <source>the text {block} is {length} characters long; the most is {limit}</source>
        <translation>тэкст {block} даўжынёй {length} сімвалаў; дапушчальна не больш за {limit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="54"/>
        <source>the text {block} holds a character that cannot be stored</source>
        <translation>у тэксце {block} ёсць сімвал, які нельга захаваць</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="55"/>
        <source>a campaign needs a name</source>
        <translation>у кампаніі павінна быць назва</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="56"/>
        <source>a campaign&apos;s name is at most {limit} characters</source>
        <translation>назва кампаніі — не даўжэйшая за {limit} сімвалаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57"/>
        <source>a campaign needs the day it started</source>
        <translation>у кампаніі павінен быць дзень пачатку</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58"/>
        <source>the campaign ends ({end}) before it starts ({start})</source>
        <translation>кампанія заканчваецца ({end}) раней, чым пачынаецца ({start})</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59"/>
        <source>{channel}: not a way callers hear of the infoline</source>
        <translation>{channel}: такога спосабу даведацца пра інфалінію няма</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="60"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}: не ўдаецца прачытаць ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61"/>
        <source>this conflict cannot be resolved this way</source>
        <translation>гэты канфлікт нельга вырашыць такім чынам</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="62"/>
        <source>the record no longer exists</source>
        <translation>гэтага запісу больш няма</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63"/>
        <source>{name}: not a field of this record</source>
        <translation>{name}: такога поля ў гэтага запісу няма</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64"/>
        <source>the recovery code was made by an older version of Infoline Desk and cannot follow a new database key; make a new recovery code first (Accounts, New recovery code…; or infoline accounts recovery-code)</source>
        <translation>код аднаўлення створаны старой версіяй Infoline Desk і не можа перайсці на новы ключ базы даных; спачатку зрабіце новы код аднаўлення («Уліковыя запісы», «Новы код аднаўлення…»; або infoline accounts recovery-code)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69"/>
        <source>this login does not hold every key; log in again as an administrator</source>
        <translation>у гэтага ўваходу няма ўсіх ключоў; увайдзіце зноў як адміністратар</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74"/>
        <source>a referral that is {before} cannot become {after}</source>
        <translation>накіраванне са статусам «{before}» нельга перавесці ў статус «{after}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75"/>
        <source>a case that is {before} cannot become {after}</source>
        <translation>выпадак са статусам «{before}» нельга перавесці ў статус «{after}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="76"/>
        <source>the case is closed; reopen it first</source>
        <translation>выпадак закрыты; спачатку аднавіце яго</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="77"/>
        <source>the case is already closed</source>
        <translation>выпадак ужо закрыты</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="78"/>
        <source>the case is not closed</source>
        <translation>выпадак не закрыты</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="79"/>
        <source>the consent is already withdrawn</source>
        <translation>згода ўжо адклікана</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="80"/>
        <source>only a pending task can be rescheduled</source>
        <translation>перанесці тэрмін можна толькі ў задачы, якая яшчэ не выканана</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="81"/>
        <source>this task no longer exists</source>
        <translation>гэтай задачы больш няма</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="82"/>
        <source>this task is closed already</source>
        <translation>гэтая задача ўжо закрытая</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="83"/>
        <source>only the task&apos;s owner or a supervisor may hand it over</source>
        <translation>перадаць задачу можа толькі яе ўладальнік або супервізар</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84"/>
        <source>{name} cannot take tasks (no active account)</source>
        <translation>{name} не можа атрымліваць задачы (няма актыўнага ўліковага запісу)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="85"/>
        <source>the contact of this callback no longer exists</source>
        <translation>звароту, да якога адносіцца званок, больш няма</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="86"/>
        <source>a callback needs a due time</source>
        <translation>для зваротнага званка патрэбны час</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87"/>
        <source>the phone number is longer than {limit} characters</source>
        <translation>нумар тэлефона даўжэйшы за {limit} знакаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="88"/>
        <source>the note is longer than {limit} characters</source>
        <translation>нататка даўжэйшая за {limit} знакаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89"/>
        <source>a handover note cannot be empty</source>
        <translation>нататка для змены не можа быць пустой</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="90"/>
        <source>no such debrief request</source>
        <translation>такой просьбы пра разбор няма</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="91"/>
        <source>the working days must be one or more of 1 (Monday) to 7 (Sunday)</source>
        <translation>працоўныя дні — адзін або некалькі з 1 (панядзелак) … 7 (нядзеля)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="94"/>
        <source>only supervisors and administrators change the knowledge base</source>
        <translation>змяняць базу ведаў могуць толькі супервізоры і адміністратары</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97"/>
        <source>the list&apos;s date {date} is in the future</source>
        <translation>дата спіса {date} яшчэ не настала</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98"/>
        <source>the list dated {date} is older than the current list, dated {current}</source>
        <translation>спіс ад {date} старэйшы за бягучы спіс ад {current}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="100"/>
        <source>the file holds no agencies</source>
        <translation>у файле няма ніводнага агенцтва</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="101"/>
        <source>more than {rows} rows; split the file</source>
        <translation>больш за {rows} радкоў; падзяліце файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="102"/>
        <source>the file is empty</source>
        <translation>файл пусты</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="103"/>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="104"/>
        <source>unknown kind of recruiter: {kind}</source>
        <translation>невядомы від вярбоўшчыка: {kind}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105"/>
        <source>unknown role of a recruiter: {role}</source>
        <translation>невядомая роля вярбоўшчыка: {role}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106"/>
        <source>the recruiter is empty</source>
        <translation>вярбоўшчык не пазначаны</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="107"/>
        <source>the recruiter is longer than {limit} characters</source>
        <translation>запіс пра вярбоўшчыка даўжэйшы за {limit} сімвалаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108"/>
        <source>“{text}” holds no letters or digits to recognise it by</source>
        <translation>у «{text}» няма ні літар, ні лічбаў, па якіх яго можна пазнаць</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="109"/>
        <source>the alert threshold must be between 2 and 1000 contacts</source>
        <translation>парог сігналу — ад 2 да 1000 зваротаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="130"/>
        <source>Staff member</source>
        <translation>Супрацоўнік</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="131"/>
        <source>Account</source>
        <translation>Уліковы запіс</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="132"/>
        <source>Caller profile</source>
        <translation>Картка абанента</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="133"/>
        <source>Assistance client</source>
        <translation>Кліент суправаджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="134"/>
        <source>Contact</source>
        <translation>Зварот</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="135"/>
        <source>Contact history</source>
        <translation>Гісторыя звароту</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136"/>
        <source>Crisis case</source>
        <translation>Крызісны выпадак</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="137"/>
        <source>Contact of a crisis case</source>
        <translation>Зварот крызіснага выпадку</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="138"/>
        <source>Crisis case timeline</source>
        <translation>Ход крызіснага выпадку</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="139"/>
        <source>Consent (crisis case)</source>
        <translation>Згода (крызісны выпадак)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="140"/>
        <source>Referral (crisis case)</source>
        <translation>Перанакіраванне (крызісны выпадак)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="141"/>
        <source>Assistance case</source>
        <translation>Выпадак суправаджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="142"/>
        <source>Consent (assistance case)</source>
        <translation>Згода (суправаджэнне)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="143"/>
        <source>Assistance case timeline</source>
        <translation>Ход выпадку суправаджэння</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144"/>
        <source>Monitoring visit</source>
        <translation>Маніторынгавы візіт</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="145"/>
        <source>Referral (assistance case)</source>
        <translation>Перанакіраванне (суправаджэнне)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="146"/>
        <source>Relative</source>
        <translation>Сваяк</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="147"/>
        <source>Service given</source>
        <translation>Аказаная паслуга</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="148"/>
        <source>Directory</source>
        <translation>Даведнік</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="149"/>
        <source>Directory entry</source>
        <translation>Запіс даведніка</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="150"/>
        <source>Directory history</source>
        <translation>Гісторыя даведніка</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="151"/>
        <source>Emergency numbers of a country</source>
        <translation>Экстраныя нумары краіны</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="152"/>
        <source>Knowledge base</source>
        <translation>База ведаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="153"/>
        <source>Knowledge-base article</source>
        <translation>Артыкул базы ведаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="154"/>
        <source>Knowledge-base article history</source>
        <translation>Гісторыя артыкула базы ведаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="155"/>
        <source>List of licensed agencies</source>
        <translation>Спіс ліцэнзаваных агенцтваў</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="156"/>
        <source>Licensed agency</source>
        <translation>Ліцэнзаванае агенцтва</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="157"/>
        <source>Agency licence check</source>
        <translation>Праверка ліцэнзіі агенцтва</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="158"/>
        <source>Recruiter named by a caller</source>
        <translation>Вярбоўшчык са слоў абанента</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159"/>
        <source>Quality review</source>
        <translation>Ацэнка якасці</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="160"/>
        <source>Review round</source>
        <translation>Раўнд ацэнкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="161"/>
        <source>Staff development</source>
        <translation>Павышэнне кваліфікацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="162"/>
        <source>Task (callback)</source>
        <translation>Задача (зваротны званок)</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="163"/>
        <source>Task history</source>
        <translation>Гісторыя задачы</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="164"/>
        <source>Handover note</source>
        <translation>Нататка для змены</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="165"/>
        <source>Debrief request</source>
        <translation>Просьба пра разбор</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="166"/>
        <source>Quality dashboard</source>
        <translation>Панэль якасці</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="167"/>
        <source>Statistics</source>
        <translation>Статыстыка</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="168"/>
        <source>Statistical report</source>
        <translation>Статыстычная справаздача</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="169"/>
        <source>Text of the published report</source>
        <translation>Тэкст справаздачы, якая публікуецца</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="170"/>
        <source>Chart of the statistics</source>
        <translation>Дыяграма статыстыкі</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="171"/>
        <source>Information campaign</source>
        <translation>Інфармацыйная кампанія</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="172"/>
        <source>Imported file</source>
        <translation>Імпартаваны файл</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="173"/>
        <source>Imported contacts</source>
        <translation>Імпартаваныя звароты</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="174"/>
        <source>Printed summary</source>
        <translation>Надрукаваная зводка</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="175"/>
        <source>Sync file</source>
        <translation>Файл сінхранізацыі</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="176"/>
        <source>Partner site</source>
        <translation>Вузел партнёра</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="177"/>
        <source>Sync conflict</source>
        <translation>Канфлікт сінхранізацыі</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="17"/>
        <source>consultant</source>
        <translation>кансультант</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="19"/>
        <source>social-work specialist</source>
        <translation>спецыяліст па сацыяльнай рабоце</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="21"/>
        <source>supervisor</source>
        <translation>супервізар</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="23"/>
        <source>administrator</source>
        <translation>адміністратар</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="31"/>
        <source>User name</source>
        <translation>Імя карыстальніка</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="33"/>
        <source>Full name</source>
        <translation>Прозвішча і імя</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="35"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="37"/>
        <source>Current password</source>
        <translation>Цяперашні пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="39"/>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="48"/>
        <source>is required</source>
        <translation>абавязкова</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="50"/>
        <source>is longer than %1 characters</source>
        <translation>даўжэйшае за %1 знакаў</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="52"/>
        <source>must have at least %1 characters; a few words in a row make a good password</source>
        <translation>павінен быць не карацейшы за %1 знакаў; некалькі слоў запар — добры пароль</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="55"/>
        <source>is one of the most common passwords; choose one that others would not guess</source>
        <translation>адзін з самых пашыраных пароляў; выберыце такі, які іншыя не адгадаюць</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="58"/>
        <source>is too easy to guess (the name of the service, or only digits and symbols); choose something else</source>
        <translation>занадта лёгка адгадаць (назва службы або толькі лічбы і знакі); выберыце іншы</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="61"/>
        <source>must not be the user name</source>
        <translation>не павінен супадаць з імем карыстальніка</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="63"/>
        <source>use 2 or more letters or digits; dots, dashes and underscores may join them</source>
        <translation>не менш за 2 літары або лічбы; паміж імі дапушчальныя кропкі, злучкі і падкрэсліванні</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="66"/>
        <source>must differ from the current password</source>
        <translation>павінен адрознівацца ад цяперашняга пароля</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="68"/>
        <source>is not your current password</source>
        <translation>не супадае з вашым цяперашнім паролем</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="70"/>
        <source>the two passwords differ</source>
        <translation>два паролі не супадаюць</translation>
    </message>
    <message>
        <location filename="../../app/ui/accounts/roles.py" line="72"/>
        <source>is not a role</source>
        <translation>не з&apos;яўляецца роляй</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../app/ui/widgets/units.py" line="12"/>
        <source>%1 B</source>
        <translation>%1 Б</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/units.py" line="14"/>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/units.py" line="17"/>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/units.py" line="19"/>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
</context>
</TS>
