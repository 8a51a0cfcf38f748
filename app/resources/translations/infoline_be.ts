<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY" sourcelanguage="en">
<context>
    <name>ContactListPage</name>
    <message>
        <location filename="../../ui/contact_list.py" line="257"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="257"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="257"/>
        <source>C&amp;onsultant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="258"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="258"/>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="258"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="262"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="262"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="263"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="263"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="264"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="264"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="265"/>
        <source>From – to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="269"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="269"/>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="270"/>
        <source>Calls without counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="274"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="275"/>
        <source>Words from the notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="276"/>
        <source>&amp;Open (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="277"/>
        <source>Histor&amp;y (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="320"/>
        <source>More than %1 contacts: narrow the period or the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/contact_list.py" line="324"/>
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/contact_list.py" line="103"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="103"/>
        <source>Kind / channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="103"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Consultant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="104"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="138"/>
        <source>Taken outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/contact_list.py" line="140"/>
        <source>Crisis situation abroad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <location filename="../../forms/fields.py" line="169"/>
        <source>Type a country, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/fields.py" line="170"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../forms/fields.py" line="171"/>
        <source>Down arrow: choose in the list. Del: remove a chosen country.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/history.py" line="37"/>
        <source>History of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="41"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="58"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="58"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="59"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="59"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="60"/>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="60"/>
        <source>Age group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="61"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="61"/>
        <source>Caller&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="62"/>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="62"/>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="63"/>
        <source>Travel purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="64"/>
        <source>How they heard of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="64"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="65"/>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="65"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <source>Caller profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="79"/>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="92"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <location filename="../../ui/intake.py" line="307"/>
        <source>End call (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="308"/>
        <source>What kind of contact is it? Press a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="310"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="311"/>
        <source>Date and &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="312"/>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="313"/>
        <source>&amp;Age group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="314"/>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="315"/>
        <source>Caller&apos;s r&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="316"/>
        <source>Travel &amp;purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="317"/>
        <source>How they hear&amp;d of us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="318"/>
        <source>&amp;Topics (Space ticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="319"/>
        <source>&amp;Destination countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="320"/>
        <source>O&amp;utcome (Space ticks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="321"/>
        <source>Nic&amp;kname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="322"/>
        <source>Phon&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="323"/>
        <source>E-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="324"/>
        <location filename="../../ui/intake.py" line="570"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="328"/>
        <source>Cr&amp;isis situation abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="329"/>
        <source>Caller profile (optional, links repeat contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="330"/>
        <source>&amp;Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="331"/>
        <source>Discard (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="332"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="338"/>
        <source>No contact in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="340"/>
        <source>Editing a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="342"/>
        <source>New e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="344"/>
        <source>New phone contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="346"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="350"/>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="496"/>
        <source>Restored from a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="557"/>
        <source>1 or Enter: a consultation (counted in statistics). 2–7: a call without counselling, saved with one more key press.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="561"/>
        <source>Fill in what you learn while you talk. Ctrl+S saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="565"/>
        <source>Press Enter to save as «%1». It is counted apart and never enters topic statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="568"/>
        <source>&amp;Notes and the e-mail&apos;s text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="604"/>
        <source>Responsible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="614"/>
        <source>Outside working hours (%1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="627"/>
        <source>No earlier contacts: a new profile will be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/intake.py" line="633"/>
        <source>Contacted before: %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="687"/>
        <source>The draft could not be saved!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="690"/>
        <source>Draft saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="709"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="710"/>
        <source>Someone else changed this contact since you opened it. Your changes are kept as a draft; open the contact again to see the other changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="735"/>
        <source>Discard the contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="736"/>
        <source>What you typed for this contact will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="776"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="777"/>
        <source>unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="778"/>
        <source>is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="779"/>
        <source>is before the year 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="780"/>
        <source>the end is before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="781"/>
        <source>too long: at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="783"/>
        <source>not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="786"/>
        <source>Topics: choose at least one topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="788"/>
        <source>The call lasts more than 12 hours: check the date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/intake.py" line="801"/>
        <source>Not saved:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Infoline Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>DEMO, fictional data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>Demo database: every person, call and note here is fictional. Do not record real contacts in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>On shift: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>New &amp;phone contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>New &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>New &amp;chat or visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>&amp;Journal of contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Open the &amp;real database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="217"/>
        <source>Open the &amp;demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>A contact is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Save or discard the contact in progress first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>This contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Contact saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Contacts today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>A contact is not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>The contact in progress is not saved yet. Keep it as a draft, which is offered again at the next start, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>Keep the draft and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323"/>
        <source>Discard and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings_page.py" line="88"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90"/>
        <source>Site &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="90"/>
        <source>&amp;Organisation of this site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="91"/>
        <source>&amp;Working hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="91"/>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="95"/>
        <source>Contacts taken outside the working hours are marked, never refused. The organisation answers calls from regions that are not assigned to either organisation (abroad, not known). A new language applies at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="98"/>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="104"/>
        <source>The working hours must not start and end together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_page.py" line="111"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/shift.py" line="32"/>
        <source>Who is on shift?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="34"/>
        <source>Choose your name. Every contact you record and every change you make is recorded under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="39"/>
        <source>First and last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="40"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="41"/>
        <source>&amp;New consultant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="47"/>
        <source>Start shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="48"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="86"/>
        <source>Type a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shift.py" line="96"/>
        <source>Choose your name or add it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Ready for the next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74"/>
        <source>New phone contact (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="75"/>
        <source>New e-mail (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>New chat or visit (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>F2 starts the timer at once. Then 1 = consultation, 2–7 = a call without counselling; Tab moves between fields, Ctrl+S saves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="83"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="42"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="43"/>
        <source>Something went wrong. What you typed is kept in the draft. The details are in the log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="80"/>
        <source>Creating the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="87"/>
        <location filename="../../ui/app.py" line="105"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="87"/>
        <source>The demo database could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="102"/>
        <source>Welcome to Infoline Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="103"/>
        <source>This is the first start on this computer. Start with an empty database for real work, or look around first in a demo database filled with fictional contacts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="105"/>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="105"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="135"/>
        <source>Unsaved contact found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="136"/>
        <source>A contact was being recorded when the app closed (last change %1). Restore it to finish and save it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="161"/>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
