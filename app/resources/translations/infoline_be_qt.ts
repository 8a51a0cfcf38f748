<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY" sourcelanguage="en">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Вылучыць усё</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Крок &amp;уверх</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Крок у&amp;ніз</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Скасаваць</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Так</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Т&amp;ак для ўсіх</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е для ўсіх</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Захаваць усё</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не захоўваць</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ужыць</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Скінуць</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Аднавіць прадвызначаныя</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Даведка</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Перапыніць</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Паўтарыць</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Прапусціць</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Адрабіць</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Паўтарыць</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Выразаць</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Капіяваць</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Уставіць</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Вылучыць усё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Паказаць падрабязнасці...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Схаваць падрабязнасці...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Скасаваць</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Так</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Т&amp;ак для ўсіх</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е для ўсіх</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Захаваць усё</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не захоўваць</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ужыць</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Скінуць</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Аднавіць прадвызначаныя</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Даведка</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Перапыніць</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Паўтарыць</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Прапусціць</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Адрабіць</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Паўтарыць</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Выразаць</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Капіяваць</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Уставіць</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Вылучыць усё</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Скапіяваць адрас &amp;спасылкі</translation>
    </message>
</context>
</TS>
