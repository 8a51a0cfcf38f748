<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY" sourcelanguage="en">
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/crisis_page.py" line="125"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="125"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="125"/>
        <source>Crisis</source>
        <translation type="unfinished">Крызісная сітуацыя</translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="125"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="126"/>
        <source>Danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="126"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="144"/>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/crisis_page.py" line="146"/>
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="148"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="149"/>
        <source>No tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="167"/>
        <source>A follow-up or referral is past its due time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/crisis_page.py" line="200"/>
        <source>Close the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="207"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="208"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="429"/>
        <source>%1 (proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="445"/>
        <source>Targets not ticked get anonymous advice only, without the person&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="448"/>
        <source>No consent: every referral will be anonymous advice only, and that is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactListPage</name>
    <message>
        <location filename="../../ui/contact_list.py" line="266"/>
        <source>&amp;Search:</source>
        <translation>&amp;Пошук:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="266"/>
        <source>&amp;Period:</source>
        <translation>П&amp;ерыяд:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="266"/>
        <source>C&amp;onsultant:</source>
        <translation>&amp;Кансультант:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="267"/>
        <source>C&amp;hannel:</source>
        <translation>Ка&amp;нал:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="267"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Тэма:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="267"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Від:</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="271"/>
        <source>Today</source>
        <translation>Сёння</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="271"/>
        <source>Yesterday</source>
        <translation>Учора</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="272"/>
        <source>Last 7 days</source>
        <translation>Апошнія 7 дзён</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="272"/>
        <source>Last 30 days</source>
        <translation>Апошнія 30 дзён</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="273"/>
        <source>This year</source>
        <translation>З пачатку года</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="273"/>
        <source>All time</source>
        <translation>За ўвесь час</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="274"/>
        <source>From – to</source>
        <translation>З … па …</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="278"/>
        <source>All kinds</source>
        <translation>Усе віды</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="278"/>
        <source>Consultations</source>
        <translation>Кансультацыі</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="279"/>
        <source>Calls without counselling</source>
        <translation>Званкі без кансультацыі</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="283"/>
        <source>All</source>
        <translation>Усе</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="284"/>
        <source>Words from the notes (Ctrl+F)</source>
        <translation>Словы з нататак (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="285"/>
        <source>Op&amp;en (Enter)</source>
        <translation>&amp;Адкрыць (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="286"/>
        <source>Histor&amp;y (Ctrl+H)</source>
        <translation>&amp;Гісторыя (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="329"/>
        <source>More than %1 contacts: narrow the period or the search</source>
        <translation>Больш за %1 зваротаў: звузьце перыяд або пошук</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contact_list.py" line="333"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n зварот</numerusform>
            <numerusform>%n звароты</numerusform>
            <numerusform>%n зваротаў</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/contact_list.py" line="103"/>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="103"/>
        <source>Kind / channel</source>
        <translation>Від / канал</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="103"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Topics</source>
        <translation>Тэмы</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Destinations</source>
        <translation>Краіны прызначэння</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Consultant</source>
        <translation>Кансультант</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="138"/>
        <source>Taken outside working hours</source>
        <translation>Прынята ў непрацоўны час</translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="140"/>
        <source>Crisis situation abroad</source>
        <translation>Крызісная сітуацыя за мяжой</translation>
    </message>
</context>
<context>
    <name>ContactView</name>
    <message>
        <location filename="../../ui/review_view.py" line="89"/>
        <source>The contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="90"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="94"/>
        <source>Date and time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="94"/>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="95"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="95"/>
        <source>Consultant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="96"/>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="96"/>
        <source>Age group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="97"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="97"/>
        <source>Caller&apos;s role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="98"/>
        <source>Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="98"/>
        <source>Destinations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="99"/>
        <source>Travel purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="100"/>
        <source>How they heard of us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="100"/>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="101"/>
        <source>Crisis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="108"/>
        <source>This contact no longer exists; the review keeps its scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="119"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="140"/>
        <source>yes</source>
        <translation type="unfinished">так</translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="140"/>
        <source>no</source>
        <translation type="unfinished">не</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../forms/fields.py" line="173"/>
        <source>Type a country, then Enter</source>
        <translation>Увядзіце краіну і націсніце Enter</translation>
    </message>
    <message>
        <location filename="../../forms/fields.py" line="174"/>
        <source>Remove</source>
        <translation>Прыбраць</translation>
    </message>
    <message>
        <location filename="../../forms/fields.py" line="175"/>
        <source>Down arrow: choose in the list. Del: remove a chosen country.</source>
        <translation>Стрэлка ўніз — выбар у спісе. Del — прыбраць выбраную краіну.</translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <location filename="../../ui/crisis_page.py" line="463"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="463"/>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="464"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="464"/>
        <source>All</source>
        <translation type="unfinished">Усе</translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="467"/>
        <source>Any crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="468"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="468"/>
        <source>C&amp;risis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="469"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="471"/>
        <source>Case number or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="473"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="473"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="473"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="473"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="474"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="475"/>
        <source>Referrals and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="476"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="477"/>
        <source>&amp;Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="478"/>
        <source>Dec&amp;lined…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="479"/>
        <source>D&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="480"/>
        <source>Add a &amp;referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="481"/>
        <source>Follow-up &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="482"/>
        <source>Add a no&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/crisis_page.py" line="498"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/crisis_page.py" line="501"/>
        <source>%n follow-up(s) overdue: show them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="539"/>
        <source>No case chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="551"/>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="552"/>
        <source>Danger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="554"/>
        <source>Opened %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="562"/>
        <location filename="../../ui/crisis_page.py" line="625"/>
        <source>Consent to pass data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="563"/>
        <location filename="../../ui/crisis_page.py" line="626"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="566"/>
        <source>Closed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="583"/>
        <location filename="../../ui/crisis_page.py" line="629"/>
        <location filename="../../ui/crisis_page.py" line="636"/>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="585"/>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="607"/>
        <source>Case opened; danger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="610"/>
        <source>possible trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="612"/>
        <source>Contact that opened the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="613"/>
        <source>Follow-up contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="615"/>
        <source>Questionnaire answers recorded (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="620"/>
        <source>Consent given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="621"/>
        <source>Consent withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="631"/>
        <source>Referral: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="633"/>
        <source>Follow-up call planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="637"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="640"/>
        <source>Due time changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="642"/>
        <location filename="../../ui/crisis_page.py" line="760"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="644"/>
        <source>Case closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="647"/>
        <source>Case reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="649"/>
        <source>Trafficking status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="680"/>
        <source>C&amp;lose the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="681"/>
        <source>Re&amp;open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="696"/>
        <source>Something required is missing: give the reason or choose a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="698"/>
        <source>No consent to pass the person&apos;s data to this target: only anonymous advice is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="700"/>
        <source>The text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="701"/>
        <source>Unknown value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="707"/>
        <source>Not possible in the present state of the case or the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="709"/>
        <source>The case or the referral no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="710"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="725"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="725"/>
        <source>Why was it declined?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="760"/>
        <source>Note for the case timeline:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisWizard</name>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="743"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="744"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="745"/>
        <source>&amp;Finish and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="746"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="98"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="108"/>
        <source>Comment for the consultant (C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DangerPage</name>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="352"/>
        <source>In danger: the next page gives the emergency guidance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="356"/>
        <source>Ask these three things first. Enter goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="218"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">П&amp;ерыяд:</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="222"/>
        <source>Chart: by consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="223"/>
        <source>Chart: by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="226"/>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="227"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="228"/>
        <source>No completed reviews in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="229"/>
        <source>By consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="229"/>
        <source>By section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="230"/>
        <location filename="../../ui/quality_dashboard.py" line="332"/>
        <source>Weakest criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="230"/>
        <source>Against the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="231"/>
        <location filename="../../ui/quality_dashboard.py" line="329"/>
        <location filename="../../ui/quality_dashboard.py" line="333"/>
        <source>Completed reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="242"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="255"/>
        <source>Completed reviews: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="256"/>
        <source>team average %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="258"/>
        <source>meetings %1, examinations %2, trainings %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="263"/>
        <location filename="../../ui/quality_dashboard.py" line="272"/>
        <location filename="../../ui/quality_dashboard.py" line="282"/>
        <location filename="../../ui/quality_dashboard.py" line="335"/>
        <source>Consultant</source>
        <translation type="unfinished">Кансультант</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="264"/>
        <location filename="../../ui/quality_dashboard.py" line="267"/>
        <location filename="../../ui/quality_dashboard.py" line="335"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="267"/>
        <location filename="../../ui/quality_dashboard.py" line="336"/>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="267"/>
        <location filename="../../ui/quality_dashboard.py" line="294"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="268"/>
        <location filename="../../ui/quality_dashboard.py" line="337"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="268"/>
        <location filename="../../ui/quality_dashboard.py" line="337"/>
        <source>Scored 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="272"/>
        <location filename="../../ui/quality_dashboard.py" line="338"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="272"/>
        <location filename="../../ui/quality_dashboard.py" line="338"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="273"/>
        <location filename="../../ui/quality_dashboard.py" line="282"/>
        <location filename="../../ui/quality_dashboard.py" line="338"/>
        <location filename="../../ui/quality_dashboard.py" line="340"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="273"/>
        <location filename="../../ui/quality_dashboard.py" line="339"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="273"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="275"/>
        <location filename="../../ui/quality_dashboard.py" line="339"/>
        <source>Whole round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="282"/>
        <location filename="../../ui/quality_dashboard.py" line="340"/>
        <source>Contact</source>
        <translation type="unfinished">Зварот</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="283"/>
        <location filename="../../ui/quality_dashboard.py" line="341"/>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="283"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="283"/>
        <location filename="../../ui/quality_dashboard.py" line="334"/>
        <location filename="../../ui/quality_dashboard.py" line="341"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="284"/>
        <location filename="../../ui/quality_dashboard.py" line="342"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="287"/>
        <location filename="../../ui/quality_dashboard.py" line="342"/>
        <source>yes</source>
        <translation type="unfinished">так</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="287"/>
        <location filename="../../ui/quality_dashboard.py" line="343"/>
        <source>no</source>
        <translation type="unfinished">не</translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="294"/>
        <location filename="../../ui/quality_dashboard.py" line="337"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="327"/>
        <source>Counselling quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="327"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="328"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="328"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="329"/>
        <source>Team average, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="330"/>
        <source>Scores by consultant, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="331"/>
        <source>Average score by month, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="332"/>
        <source>Scores by section, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="333"/>
        <source>Reviews against the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="334"/>
        <source>Staff development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="336"/>
        <source>Average, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="341"/>
        <source>Score, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="342"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="343"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="344"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="345"/>
        <source>Examinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="346"/>
        <source>Trainings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="354"/>
        <source>quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="355"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="356"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="357"/>
        <source>Export the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="372"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="373"/>
        <source>The dashboard was saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="377"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_dashboard.py" line="379"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryHistoryDialog</name>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="318"/>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="321"/>
        <source>When</source>
        <translation type="unfinished">Калі</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="321"/>
        <source>Who</source>
        <translation type="unfinished">Хто</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="321"/>
        <source>What</source>
        <translation type="unfinished">Што</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="321"/>
        <source>Before</source>
        <translation type="unfinished">Было</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="322"/>
        <source>After</source>
        <translation type="unfinished">Стала</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="339"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="339"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="340"/>
        <source>Marked verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="340"/>
        <location filename="../../ui/directory_dialogs.py" line="351"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="341"/>
        <source>Offered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="341"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="346"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="346"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="346"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="347"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="347"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="347"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="348"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="348"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="349"/>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="349"/>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="350"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="350"/>
        <source>Notes for consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="351"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="352"/>
        <source>Emergency numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../ui/directory_page.py" line="187"/>
        <source>Directory of contacts abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="188"/>
        <source>Search: name, city, service… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="189"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="191"/>
        <location filename="../../ui/directory_page.py" line="236"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="192"/>
        <source>Show re&amp;tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="193"/>
        <source>To be checked when not verified for (&amp;months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="195"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="195"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="195"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="195"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="196"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="196"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="197"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="198"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="199"/>
        <source>Mark &amp;verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="200"/>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="201"/>
        <source>Emergency &amp;numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="202"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="203"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="209"/>
        <source>To be chec&amp;ked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="213"/>
        <source>The first %1 entries are shown: narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="215"/>
        <source>Entries shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="226"/>
        <source>&amp;Offer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="228"/>
        <source>&amp;Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="316"/>
        <source>The directory is empty. Add entries one by one, or import a file that the infoline keeps (Import…). The columns are described in the manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="318"/>
        <source>Nothing matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="373"/>
        <location filename="../../ui/directory_page.py" line="393"/>
        <location filename="../../ui/directory_page.py" line="464"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="383"/>
        <source>Retire the entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="384"/>
        <source>“%1” will no longer be offered to consultants. It stays in the history of the contacts it was given in, and “Show retired” can offer it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="414"/>
        <source>Import the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="415"/>
        <source>Directory files (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="422"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="430"/>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="431"/>
        <source>%1 has %2 problem(s); nothing was imported. Correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="437"/>
        <source>Import the directory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="438"/>
        <source>%1: %2 new entries, %3 changed, %4 unchanged, emergency numbers of %5 countries. Import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="447"/>
        <source>Importing the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="455"/>
        <source>Directory imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="456"/>
        <source>%1 new entries, %2 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="462"/>
        <location filename="../../ui/directory_page.py" line="467"/>
        <source>The file could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="465"/>
        <source>Only administrators change the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="468"/>
        <source>An unexpected error occurred; the log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="471"/>
        <source>Export the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="480"/>
        <source>Exporting the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="484"/>
        <source>Directory exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_page.py" line="485"/>
        <source>%1 rows written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPanel</name>
    <message>
        <location filename="../../ui/directory_panel.py" line="247"/>
        <source>Copy to the notes (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="252"/>
        <source>Contacts abroad (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="309"/>
        <source>Choose a destination country: its embassies, organisations and emergency numbers appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="312"/>
        <source>No directory entries for this country yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="274"/>
        <source>Emergency numbers of a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="276"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="276"/>
        <source>&amp;Numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="276"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="278"/>
        <source>One a line, e.g. “112 — all emergencies”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="288"/>
        <source>Last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="293"/>
        <source>Choose a country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="299"/>
        <source>Not saved:</source>
        <translation type="unfinished">Не захавана:</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="300"/>
        <source>check the numbers (each line with a number, at most 2000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="304"/>
        <source>Not saved</source>
        <translation type="unfinished">Не захавана</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="305"/>
        <source>Only administrators change the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyPage</name>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="389"/>
        <source>Emergency number in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="392"/>
        <source>No emergency number known for %1: in Europe and many other countries 112 works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="394"/>
        <source>this country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="397"/>
        <source>Embassy of Belarus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="399"/>
        <source>Embassy of Belarus: see the directory of contacts abroad.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="135"/>
        <source>Edit the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="135"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="137"/>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="137"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="138"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="138"/>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="139"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="139"/>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="140"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="140"/>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="141"/>
        <source>Working &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="141"/>
        <source>&amp;Languages spoken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="142"/>
        <source>Se&amp;rvices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="142"/>
        <source>N&amp;otes for consultants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="146"/>
        <source>One number a line, with the country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="147"/>
        <source>I checked these contacts today (marks the entry verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="149"/>
        <source>FICTIONAL (demo): this entry was made up for the demo database. Never give it to a caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="165"/>
        <source>Never verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="167"/>
        <source>Last verified %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="170"/>
        <source>Last verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="185"/>
        <source>required</source>
        <translation type="unfinished">абавязковае поле</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="186"/>
        <source>unknown value</source>
        <translation type="unfinished">невядомае значэнне</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="187"/>
        <source>too long: at most %1 characters</source>
        <translation type="unfinished">занадта доўгі тэкст (максімум знакаў: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="189"/>
        <source>“%1” is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="191"/>
        <source>not an e-mail address</source>
        <translation type="unfinished">не падобна на адрас эл. пошты</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="192"/>
        <source>not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="193"/>
        <source>a demo name “(ДЕМО)…” has no place in a real database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="200"/>
        <source>Not saved:</source>
        <translation type="unfinished">Не захавана:</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="222"/>
        <location filename="../../ui/directory_dialogs.py" line="227"/>
        <source>Not saved</source>
        <translation type="unfinished">Не захавана</translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="223"/>
        <source>Someone else changed this entry since you opened it. Close this window and open the entry again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_dialogs.py" line="228"/>
        <source>Only administrators change the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryText</name>
    <message>
        <location filename="../../ui/directory_panel.py" line="58"/>
        <source>FICTIONAL (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="61"/>
        <source>to be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="64"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="84"/>
        <source>Never verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="86"/>
        <source>Verified %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="88"/>
        <source>Verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="97"/>
        <source>tel. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="99"/>
        <source>e-mail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="103"/>
        <source>address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="105"/>
        <source>hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="113"/>
        <source>Emergency numbers, %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="127"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="129"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="131"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="133"/>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="136"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="138"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="140"/>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="142"/>
        <source>Notes for consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/directory_panel.py" line="161"/>
        <source>Given to callers: %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/directory_panel.py" line="163"/>
        <source>, last on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../ui/crisis_page.py" line="278"/>
        <source>Follow-up contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="289"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished">Ка&amp;нал:</translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="290"/>
        <source>Date and &amp;time:</source>
        <translation type="unfinished">&amp;Дата і час:</translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="291"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Нататкі:</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history.py" line="37"/>
        <source>History of the contact</source>
        <translation>Гісторыя звароту</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="41"/>
        <source>After</source>
        <translation>Стала</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="58"/>
        <source>Kind</source>
        <translation>Від звароту</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="58"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="59"/>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="59"/>
        <source>End</source>
        <translation>Заканчэнне</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="60"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="60"/>
        <source>Age group</source>
        <translation>Узрост</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="61"/>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="61"/>
        <source>Caller&apos;s role</source>
        <translation>Хто звяртаецца</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="62"/>
        <source>Topics</source>
        <translation>Тэмы</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="62"/>
        <source>Destinations</source>
        <translation>Краіны прызначэння</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="63"/>
        <source>Travel purpose</source>
        <translation>Мэта выезду</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="64"/>
        <source>How they heard of us</source>
        <translation>Адкуль даведаліся пра нас</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="64"/>
        <source>Outcome</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="65"/>
        <source>Crisis</source>
        <translation>Крызісная сітуацыя</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="65"/>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <source>Caller profile</source>
        <translation>Картка абанента</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <source>Organisation</source>
        <translation>Арганізацыя</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="79"/>
        <source>linked</source>
        <translation>прывязана</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="92"/>
        <source>Recorded</source>
        <translation>Запісана</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="96"/>
        <source>Imported from a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="143"/>
        <location filename="../../ui/import_dialog.py" line="174"/>
        <source>Import a legacy spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="144"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="145"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="146"/>
        <source>Columns to map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="148"/>
        <source>These columns are not part of the interchange format. Say which column each one is, or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="150"/>
        <source>The file (first %1 rows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="152"/>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="153"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="156"/>
        <source>Choose a CSV (UTF-8) or XLSX file with the columns date, channel, kind, gender, age_group, region, organisation, topics, destinations, crisis, how_heard, notes. Values may be codes or labels in any language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="162"/>
        <source>date — date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="162"/>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="163"/>
        <source>kind — consultation or a contact without counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="164"/>
        <source>age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="165"/>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="166"/>
        <source>topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="166"/>
        <source>destination countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="167"/>
        <source>crisis (yes/no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="168"/>
        <source>how they heard of the infoline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="168"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="175"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="187"/>
        <location filename="../../ui/import_dialog.py" line="193"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="200"/>
        <source>%1: %2 rows, %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="234"/>
        <source>— choose a column —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="235"/>
        <source>Leave this column out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="265"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="279"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="288"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="294"/>
        <source>These contacts were imported before; importing them again would count them twice. Nothing will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="299"/>
        <source>%1 problem(s) in %2 row(s): nothing can be imported until the file or the mapping is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="303"/>
        <source>No problems: %1 contacts can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="319"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="325"/>
        <source>Imported %1 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="340"/>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="343"/>
        <source>These contacts were imported before; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="345"/>
        <source>The file cannot be used: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="348"/>
        <source>The import failed; nothing was imported. The log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="355"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake.py" line="350"/>
        <source>End call (F4)</source>
        <translation>Завяршыць званок (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="351"/>
        <source>What kind of contact is it? Press a number.</source>
        <translation>Які гэта від звароту? Націсніце лічбу.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="354"/>
        <source>Date and &amp;time:</source>
        <translation>&amp;Дата і час:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="355"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Пол:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="356"/>
        <source>&amp;Age group:</source>
        <translation>&amp;Узрост:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="357"/>
        <source>&amp;Region:</source>
        <translation>&amp;Рэгіён:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="358"/>
        <source>Caller&apos;s r&amp;ole:</source>
        <translation>&amp;Хто звяртаецца:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="359"/>
        <source>Travel &amp;purpose:</source>
        <translation>&amp;Мэта выезду:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="362"/>
        <source>&amp;Destination countries:</source>
        <translation>Краіны прызна&amp;чэння:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="363"/>
        <source>O&amp;utcome (Space ticks):</source>
        <translation>&amp;Вынік (Space — адзначыць):</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="364"/>
        <source>Nic&amp;kname:</source>
        <translation>&amp;Імя або нік:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="365"/>
        <source>Phon&amp;e:</source>
        <translation>Тэле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="366"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. пошта:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="367"/>
        <location filename="../../ui/intake.py" line="624"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Нататкі:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="353"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="360"/>
        <source>&amp;How they heard of us:</source>
        <translation>&amp;Адкуль даведаліся пра нас:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="361"/>
        <source>Top&amp;ics (Space ticks):</source>
        <translation>&amp;Тэмы (Space — адзначыць):</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="371"/>
        <source>Crisis situation a&amp;broad</source>
        <translation>Крызісная &amp;сітуацыя за мяжой</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="372"/>
        <source>Caller profile (optional, links repeat contacts)</source>
        <translation>Картка абанента (неабавязкова; звязвае паўторныя звароты)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="373"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Захаваць (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="374"/>
        <source>Discard (Esc)</source>
        <translation>Скасаваць (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="375"/>
        <source>History…</source>
        <translation>Гісторыя…</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="376"/>
        <source>Crisis questionnaire… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="378"/>
        <source>Crisis situation abroad: Ctrl+K opens the crisis questionnaire, which saves this contact together with a crisis case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="385"/>
        <source>No contact in progress</source>
        <translation>Няма звароту ў рабоце</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="387"/>
        <source>Editing a contact</source>
        <translation>Рэдагаванне звароту</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="389"/>
        <source>New e-mail</source>
        <translation>Новы ліст</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="391"/>
        <source>New phone contact</source>
        <translation>Новы званок</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="393"/>
        <source>New contact</source>
        <translation>Новы зварот</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="397"/>
        <source>%1 of %2 characters</source>
        <translation>Знакаў: %1 з %2</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="548"/>
        <source>Restored from a draft</source>
        <translation>Адноўлена з чарнавіка</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="611"/>
        <source>1 or Enter: a consultation (counted in statistics). 2–7: a call without counselling, saved with one more key press.</source>
        <translation>1 або Enter — кансультацыя (улічваецца ў статыстыцы). 2–7 — званок без кансультацыі, захоўваецца яшчэ адным націскам клавішы.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="615"/>
        <source>Fill in what you learn while you talk. Ctrl+S saves.</source>
        <translation>Запаўняйце па ходзе размовы. Ctrl+S — захаваць.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="619"/>
        <source>Press Enter to save as «%1». It is counted apart and never enters topic statistics.</source>
        <translation>Націсніце Enter, каб захаваць як «%1». Такія званкі ўлічваюцца асобна і не ўваходзяць у статыстыку па тэмах.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="622"/>
        <source>&amp;Notes and the e-mail&apos;s text:</source>
        <translation>Нататкі і тэкст &amp;ліста:</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="664"/>
        <source>Responsible: %1</source>
        <translation>Адказная арганізацыя: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="674"/>
        <source>Outside working hours (%1–%2)</source>
        <translation>Па-за працоўным часам (%1–%2)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="687"/>
        <source>No earlier contacts: a new profile will be made.</source>
        <translation>Раней не звярталіся: будзе створана новая картка.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake.py" line="693"/>
        <source>Contacted before: %n time(s).</source>
        <translation>
            <numerusform>Звярталіся раней: %n раз.</numerusform>
            <numerusform>Звярталіся раней: %n разы.</numerusform>
            <numerusform>Звярталіся раней: %n разоў.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="748"/>
        <source>The draft could not be saved!</source>
        <translation>Не ўдалося захаваць чарнавік!</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="751"/>
        <source>Draft saved %1</source>
        <translation>Чарнавік захаваны: %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="770"/>
        <source>Not saved</source>
        <translation>Не захавана</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="771"/>
        <source>Someone else changed this contact since you opened it. Your changes are kept as a draft; open the contact again to see the other changes.</source>
        <translation>Хтосьці іншы змяніў гэты зварот, пакуль ён быў у вас адкрыты. Вашы змены захаваны ў чарнавіку; адкрыйце зварот нанова, каб убачыць чужыя змены.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="809"/>
        <source>Discard the contact?</source>
        <translation>Скасаваць увод звароту?</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="810"/>
        <source>What you typed for this contact will be lost.</source>
        <translation>Усё, што вы ўвялі па гэтым звароце, будзе страчана.</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="850"/>
        <source>required</source>
        <translation>абавязковае поле</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="851"/>
        <source>unknown value</source>
        <translation>невядомае значэнне</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="852"/>
        <source>is in the future</source>
        <translation>у будучыні</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="853"/>
        <source>is before the year 2000</source>
        <translation>раней за 2000 год</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="854"/>
        <source>the end is before the start</source>
        <translation>заканчэнне раней за пачатак</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="855"/>
        <source>too long: at most %1 characters</source>
        <translation>занадта доўгі тэкст (максімум знакаў: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="857"/>
        <source>not an e-mail address</source>
        <translation>не падобна на адрас эл. пошты</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="860"/>
        <source>Topics: choose at least one topic</source>
        <translation>Тэмы: выберыце хаця б адну тэму</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="862"/>
        <source>The call lasts more than 12 hours: check the date and time</source>
        <translation>Званок доўжыцца больш за 12 гадзін: праверце дату і час</translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="875"/>
        <source>Not saved:</source>
        <translation>Не захавана:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Infoline Desk</source>
        <translation>Працоўнае месца інфалініі</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230"/>
        <source>DEMO, fictional data</source>
        <translation>ДЭМА, выдуманыя даныя</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Contact</source>
        <translation>Зварот</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Journal</source>
        <translation>Журнал</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Settings</source>
        <translation>Налады</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Crisis cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235"/>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Demo database: every person, call and note here is fictional. Do not record real contacts in it.</source>
        <translation>Дэманстрацыйная база: усе людзі, званкі і нататкі тут выдуманыя. Не ўносьце ў яе рэальныя звароты.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>On shift: %1</source>
        <translation>Дзяжурны кансультант: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Change…</source>
        <translation>Змяніць…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>&amp;Contact</source>
        <translation>&amp;Звароты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>New &amp;phone contact</source>
        <translation>&amp;Новы званок</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>New &amp;e-mail</source>
        <translation>Новы &amp;ліст</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>New &amp;chat or visit</source>
        <translation>Новы &amp;чат або візіт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>&amp;Journal of contacts</source>
        <translation>&amp;Журнал зваротаў</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>C&amp;risis questionnaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Open the &amp;real database</source>
        <translation>Адкрыць &amp;працоўную базу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Open the &amp;demo database</source>
        <translation>Адкрыць &amp;дэманстрацыйную базу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выхад</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;Import a legacy spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="290"/>
        <source>A contact is in progress</source>
        <translation>Зварот у рабоце</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>Save or discard the contact in progress first.</source>
        <translation>Спачатку захавайце або скасуйце бягучы зварот.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Not found</source>
        <translation>Не знойдзена</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>This contact no longer exists.</source>
        <translation>Гэтага звароту больш няма.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Unfinished crisis questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>A crisis questionnaire was left unfinished (last change %1). Continue it, or start a new one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>Continue it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>Start a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Discard it and start anew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="395"/>
        <source>The contact cannot be saved: %1. Cancel keeps the questionnaire as a draft; correct the contact, then Ctrl+K again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="401"/>
        <source>Someone else changed this contact since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="405"/>
        <source>Contact saved; crisis case %1 opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>Contact saved.</source>
        <translation>Зварот захаваны.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="435"/>
        <source>Contacts today: %1</source>
        <translation>Зваротаў сёння: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>A contact is not saved</source>
        <translation>Зварот не захаваны</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="468"/>
        <source>The contact in progress is not saved yet. Keep it as a draft, which is offered again at the next start, or discard it?</source>
        <translation>Бягучы зварот яшчэ не захаваны. Пакінуць яго чарнавіком (ён будзе прапанаваны пры наступным запуску) ці выдаліць?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>Keep the draft and quit</source>
        <translation>Пакінуць чарнавік і выйсці</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>Discard and quit</source>
        <translation>Выдаліць і выйсці</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>MyReviewsPage</name>
    <message>
        <location filename="../../ui/my_reviews.py" line="94"/>
        <location filename="../../ui/my_reviews.py" line="98"/>
        <source>My reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="99"/>
        <source>&amp;Mark as read (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="100"/>
        <source>Scores and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="101"/>
        <source>The contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="103"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="103"/>
        <source>Contact</source>
        <translation type="unfinished">Зварот</translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="103"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="103"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="104"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="110"/>
        <source>No reviews yet. When a supervisor reviews one of your contacts, the scores and feedback appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/my_reviews.py" line="113"/>
        <source>%n review(s) not read yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="115"/>
        <source>You have read all your feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/my_reviews.py" line="134"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <location filename="../../ui/quality_page.py" line="350"/>
        <source>Review rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="351"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="352"/>
        <source>Staff development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="356"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="359"/>
        <source>My reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="309"/>
        <source>Possible trafficking: %1. The social-work specialist and the infoline manager will be proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="320"/>
        <source>%1: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="322"/>
        <source>%1: too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="323"/>
        <source>%1: not a valid answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/crisis_page.py" line="222"/>
        <source>Add a referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="227"/>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="244"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="245"/>
        <source>&amp;Data passed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="246"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="247"/>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="248"/>
        <source>&amp;What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_page.py" line="249"/>
        <source>Or&amp;ganisation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralPage</name>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="559"/>
        <source>Referrals: who acts, and by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="560"/>
        <source>Proposed from the answers. Untick, change the owner or the time, or add one. Finish saves the contact and opens the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="563"/>
        <source>&amp;Add a referral to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="565"/>
        <location filename="../../ui/crisis_wizard.py" line="598"/>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="566"/>
        <source>Our own call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="567"/>
        <source>No consent to pass the person&apos;s data to this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="569"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="581"/>
        <source>%1 · danger: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="584"/>
        <source>Possible trafficking: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="609"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="609"/>
        <source>Data passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="609"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="610"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="610"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crisis_wizard.py" line="653"/>
        <source>%1: no consent to pass the person&apos;s data. Only anonymous advice is possible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/review_dialog.py" line="234"/>
        <source>Review of a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="392"/>
        <source>0, 1, 2 score a criterion and N marks it not applicable; the next one follows. Del clears, C adds a comment, ↑ ↓ and Tab move. Ctrl+S saves a draft, Ctrl+Enter completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="395"/>
        <source>Overall &amp;feedback for the consultant (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="396"/>
        <source>&amp;Reason for the correction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="397"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="398"/>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="399"/>
        <source>Save &amp;draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="400"/>
        <source>Co&amp;mplete (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="401"/>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="407"/>
        <source>Completed review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="409"/>
        <source>Correcting a completed review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="411"/>
        <source>Review (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="413"/>
        <source>New review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="436"/>
        <source>Unsaved work restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="504"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="525"/>
        <source>Overall %1 · %2 of %3 criteria scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="559"/>
        <source>Unsaved work could not be kept!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="562"/>
        <source>Unsaved work kept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="590"/>
        <location filename="../../ui/review_dialog.py" line="607"/>
        <source>Not saved</source>
        <translation type="unfinished">Не захавана</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="591"/>
        <source>Another supervisor changed this review since you opened it. Your work is kept; open the review again to see the other changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="608"/>
        <source>This review was corrected by someone else meanwhile. Your work is kept; open the review again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="624"/>
        <source>Draft saved %1</source>
        <translation type="unfinished">Чарнавік захаваны: %1</translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="629"/>
        <source>Discard the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="630"/>
        <source>What you changed since the review was last saved will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="645"/>
        <source>Write the overall feedback for the consultant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="647"/>
        <source>Say why the review is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/review_dialog.py" line="651"/>
        <source>Score every criterion or mark it not applicable: %n left.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="654"/>
        <source>At least one criterion must apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="656"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="658"/>
        <source>You took this contact yourself: another supervisor reviews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="660"/>
        <source>This contact already has a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="662"/>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_dialog.py" line="667"/>
        <source>Not saved:</source>
        <translation type="unfinished">Не захавана:</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <location filename="../../ui/review_view.py" line="171"/>
        <source>Contact of %1 taken by %2. Reviewed by %3 on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="179"/>
        <source>Corrected version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="183"/>
        <source>This version was corrected later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="186"/>
        <source>A safety criterion scored 0: discuss this contact with the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/review_view.py" line="201"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundDialog</name>
    <message>
        <location filename="../../ui/round_dialog.py" line="187"/>
        <source>New review round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="189"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="189"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">П&amp;ерыяд:</translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="190"/>
        <source>&amp;Consultants (Space ticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="191"/>
        <source>Contacts &amp;per consultant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="192"/>
        <source>&amp;Spread the sample by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="192"/>
        <source>Rando&amp;m seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="199"/>
        <source>Nothing: a simple random sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="200"/>
        <source>Channel (phone, e-mail, chat…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="201"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="204"/>
        <source>Include calls &amp;without counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="205"/>
        <source>New seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="207"/>
        <source>Stored with the round: the same seed over the same records draws the same contacts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="209"/>
        <source>The sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="211"/>
        <source>Consultant</source>
        <translation type="unfinished">Кансультант</translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="211"/>
        <source>Contacts in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="211"/>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="213"/>
        <source>&amp;Start the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="214"/>
        <source>Cancel</source>
        <translation type="unfinished">Скасаваць</translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="223"/>
        <source>Quality review: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="258"/>
        <location filename="../../ui/round_dialog.py" line="347"/>
        <source>Drawing the sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="298"/>
        <source>Fewer contacts in the period than asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/round_dialog.py" line="300"/>
        <source>%n contact(s) to review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="304"/>
        <source>Give the round a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="305"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="306"/>
        <source>Tick at least one consultant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="308"/>
        <source>You cannot review your own contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/round_dialog.py" line="310"/>
        <source>The consultants chosen have no contacts to review in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundsTab</name>
    <message>
        <location filename="../../ui/quality_page.py" line="133"/>
        <source>&amp;New round… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="134"/>
        <source>Delete the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="135"/>
        <source>&amp;Review (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="136"/>
        <source>Review &amp;rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="137"/>
        <source>Contacts of the &amp;round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="138"/>
        <source>Feedback not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="140"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="140"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="140"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="140"/>
        <location filename="../../ui/quality_page.py" line="205"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="141"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="141"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="141"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="143"/>
        <location filename="../../ui/quality_page.py" line="147"/>
        <source>Consultant</source>
        <translation type="unfinished">Кансультант</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="143"/>
        <source>Contact</source>
        <translation type="unfinished">Зварот</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="143"/>
        <source>Channel</source>
        <translation type="unfinished">Канал</translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="144"/>
        <source>Drawn from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="144"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="144"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="144"/>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="145"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="147"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="147"/>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="148"/>
        <source>Every consultant has read their feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="204"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="204"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="207"/>
        <source>unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="232"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="236"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="278"/>
        <source>Delete the round?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="279"/>
        <source>The round and its draft reviews are removed. A round with completed reviews cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="286"/>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="287"/>
        <source>This round has completed reviews: it stays in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="297"/>
        <source>Contact deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/quality_page.py" line="298"/>
        <source>This contact was deleted after the sample was drawn; there is nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="88"/>
        <source>Settings</source>
        <translation>Налады</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90"/>
        <source>Site &amp;name:</source>
        <translation>&amp;Назва офіса:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90"/>
        <source>&amp;Organisation of this site:</source>
        <translation>&amp;Арганізацыя гэтага офіса:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="91"/>
        <source>&amp;Working hours:</source>
        <translation>&amp;Гадзіны працы:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="91"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Мова інтэрфейсу:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="95"/>
        <source>Contacts taken outside the working hours are marked, never refused. The organisation answers calls from regions that are not assigned to either organisation (abroad, not known). A new language applies at the next start.</source>
        <translation>Звароты па-за працоўным часам адзначаюцца, але ніколі не адхіляюцца. Гэтая арганізацыя адказвае на званкі з рэгіёнаў, не замацаваных ні за адной з арганізацый (з-за мяжы, рэгіён невядомы). Новая мова інтэрфейсу ўжываецца пры наступным запуску.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Захаваць налады</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source>The working hours must not start and end together.</source>
        <translation>Пачатак і канец працоўнага часу не павінны супадаць.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="111"/>
        <source>Saved.</source>
        <translation>Захавана.</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/shift.py" line="32"/>
        <source>Who is on shift?</source>
        <translation>Хто на змене?</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="34"/>
        <source>Choose your name. Every contact you record and every change you make is recorded under it.</source>
        <translation>Выберыце сваё імя. Усе звароты, якія вы запішаце, і ўсе змены, якія вы ўнесяце, будуць захаваны пад ім.</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="39"/>
        <source>First and last name</source>
        <translation>Імя і прозвішча</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="40"/>
        <source>&amp;Add</source>
        <translation>&amp;Дадаць</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="41"/>
        <source>&amp;New consultant:</source>
        <translation>&amp;Новы кансультант:</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="47"/>
        <source>Start shift</source>
        <translation>Пачаць змену</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="48"/>
        <source>Quit</source>
        <translation>Выйсці</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="86"/>
        <source>Type a name first.</source>
        <translation>Спачатку ўвядзіце імя.</translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="96"/>
        <source>Choose your name or add it.</source>
        <translation>Выберыце сваё імя або дадайце яго.</translation>
    </message>
</context>
<context>
    <name>StaffEventDialog</name>
    <message>
        <location filename="../../ui/staff_register.py" line="48"/>
        <source>Staff development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="49"/>
        <source>Edit the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="54"/>
        <source>Staff meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="55"/>
        <source>Written examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="56"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="81"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="82"/>
        <source>Cancel</source>
        <translation type="unfinished">Скасаваць</translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="85"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="85"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="86"/>
        <source>T&amp;opic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="87"/>
        <source>&amp;Participants (Space ticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="88"/>
        <source>&amp;Others present:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="89"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished">&amp;Нататкі:</translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="93"/>
        <source>e.g. a psychologist, an embassy&apos;s consul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="124"/>
        <source>Give the topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="125"/>
        <source>Tick who took part, or name them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="126"/>
        <source>The date is more than a year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="127"/>
        <source>The date is before 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="140"/>
        <source>Not saved</source>
        <translation type="unfinished">Не захавана</translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="141"/>
        <source>Someone else changed this record meanwhile; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../ui/staff_register.py" line="200"/>
        <source>Staff meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="201"/>
        <source>Written examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="202"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="205"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">П&amp;ерыяд:</translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="206"/>
        <source>&amp;Add… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="207"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="208"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="210"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="210"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="210"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="210"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="218"/>
        <source>Staff meetings: %1 · written examinations: %2 · trainings: %3 · participations: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="230"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="263"/>
        <source>Delete the record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff_register.py" line="264"/>
        <source>«%1» of %2 is removed from the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Ready for the next contact</source>
        <translation>Можна прымаць наступны зварот</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>New phone contact (F2)</source>
        <translation>Новы званок (F2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>New e-mail (F3)</source>
        <translation>Новы ліст (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>New chat or visit (F6)</source>
        <translation>Новы чат або візіт (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>F2 starts the timer at once. Then 1 = consultation, 2–7 = a call without counselling; Tab moves between fields, Ctrl+S saves.</source>
        <translation>F2 адразу запускае таймер. Потым 1 — кансультацыя, 2–7 — званок без кансультацыі; Tab — пераход паміж палямі, Ctrl+S — захаваць.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../../ui/statistics_page.py" line="417"/>
        <source>&amp;Period:</source>
        <translation type="unfinished">П&amp;ерыяд:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="418"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="419"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="419"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="420"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="420"/>
        <source>From – to</source>
        <translation type="unfinished">З … па …</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="424"/>
        <source>Quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="425"/>
        <source>Both organisations (national)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="426"/>
        <source>For outside &amp;release, hide numbers below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="428"/>
        <source>Exports for outside release show small numbers as “&lt;5” (and as many others as needed so that none can be worked out), and leave out every name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="430"/>
        <source>&amp;Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="431"/>
        <source>Re&amp;compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="432"/>
        <source>Count again with the latest records (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="433"/>
        <source>PDF document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="434"/>
        <source>Excel workbook (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="435"/>
        <source>CSV table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="440"/>
        <source>Phone and e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="441"/>
        <source>Women and men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="442"/>
        <source>Topics</source>
        <translation type="unfinished">Тэмы</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="443"/>
        <source>Topics by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="444"/>
        <source>Destination countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="445"/>
        <source>Destinations by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="446"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="447"/>
        <source>Age groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="448"/>
        <source>Age groups by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="449"/>
        <location filename="../../ui/statistics_page.py" line="510"/>
        <source>Who contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="450"/>
        <source>Purpose of travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="451"/>
        <source>How they heard of us</source>
        <translation type="unfinished">Адкуль даведаліся пра нас</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="452"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="453"/>
        <source>Channel by gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="454"/>
        <location filename="../../ui/statistics_page.py" line="500"/>
        <source>Crisis contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="455"/>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="456"/>
        <location filename="../../ui/statistics_page.py" line="520"/>
        <source>Without counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="457"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="458"/>
        <source>Services given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="459"/>
        <source>Recruitment methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="460"/>
        <source>Exploitation types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="461"/>
        <source>Consultants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="466"/>
        <source>No data recorded yet: this section is filled from case records, which this version does not keep yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="470"/>
        <source>Calls and messages without counselling are counted apart and never appear in the other tables. Percentages are of all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="474"/>
        <source>A contact can count in several rows; percentages are of all consultations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="477"/>
        <source>Percentages are of all consultations of that gender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="479"/>
        <source>Contacts without a destination count as “not defined yet”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="481"/>
        <source>Internal: never part of a report for outside release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="487"/>
        <location filename="../../ui/statistics_page.py" line="498"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="507"/>
        <source>Channel</source>
        <translation type="unfinished">Канал</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="507"/>
        <source>Gender</source>
        <translation type="unfinished">Пол</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="508"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="508"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="509"/>
        <source>Region</source>
        <translation type="unfinished">Рэгіён</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="509"/>
        <source>Age group</source>
        <translation type="unfinished">Узрост</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="510"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="511"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="511"/>
        <source>Outcome</source>
        <translation type="unfinished">Вынік</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="512"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="512"/>
        <source>Kind</source>
        <translation type="unfinished">Від звароту</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="513"/>
        <source>Organisation</source>
        <translation type="unfinished">Арганізацыя</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="513"/>
        <source>Consultant</source>
        <translation type="unfinished">Кансультант</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="519"/>
        <location filename="../../ui/statistics_page.py" line="748"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="519"/>
        <source>Consultations</source>
        <translation type="unfinished">Кансультацыі</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="616"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="624"/>
        <source>Computing the statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="638"/>
        <source>Computed in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="646"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="649"/>
        <source>The statistics could not be computed; the log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="669"/>
        <source>not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="672"/>
        <source>Consultations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="673"/>
        <source>previous period (%1): %2, change %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="676"/>
        <source>crisis contacts: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="678"/>
        <source>without counselling, counted apart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="758"/>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="758"/>
        <source>Change, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="761"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="813"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="814"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="815"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="818"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="833"/>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="837"/>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="842"/>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/statistics_page.py" line="843"/>
        <source>The report could not be written. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="83"/>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="42"/>
        <source>Unexpected error</source>
        <translation>Непрадбачаная памылка</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="43"/>
        <source>Something went wrong. What you typed is kept in the draft. The details are in the log file: %1</source>
        <translation>Нешта пайшло не так. Усё, што вы ўвялі, захавана ў чарнавіку. Падрабязнасці — у журнале працы праграмы: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="80"/>
        <source>Creating the demo database…</source>
        <translation>Стварэнне дэманстрацыйнай базы…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="87"/>
        <location filename="../../ui/app.py" line="105"/>
        <source>Demo data</source>
        <translation>Дэманстрацыйныя даныя</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="87"/>
        <source>The demo database could not be made.</source>
        <translation>Не ўдалося стварыць дэманстрацыйную базу.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <source>Welcome to Infoline Desk</source>
        <translation>Вітаем у працоўным месцы інфалініі</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <source>This is the first start on this computer. Start with an empty database for real work, or look around first in a demo database filled with fictional contacts?</source>
        <translation>Праграма ўпершыню запушчана на гэтым камп’ютары. Пачаць з пустой базы для рэальнай працы ці спачатку азнаёміцца з дэманстрацыйнай базай з выдуманымі зваротамі?</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="105"/>
        <source>Empty database</source>
        <translation>Пустая база</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="105"/>
        <source>Quit</source>
        <translation>Выйсці</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="135"/>
        <source>Unsaved contact found</source>
        <translation>Знойдзены незахаваны зварот</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="136"/>
        <source>A contact was being recorded when the app closed (last change %1). Restore it to finish and save it?</source>
        <translation>Калі праграма закрылася, зварот яшчэ запісваўся (апошняя змена %1). Аднавіць яго, каб дапоўніць і захаваць?</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Restore</source>
        <translation>Аднавіць</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Later</source>
        <translation>Пазней</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Discard it</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="161"/>
        <source>Cannot open the database</source>
        <translation>Не ўдалося адкрыць базу даных</translation>
    </message>
</context>
</TS>
