; Installer of Infoline Desk for Windows (NSIS 3, Unicode), in Russian, Belarusian and
; English. Built by packaging/build.py windows (or the workflow in
; .github/workflows/windows.yml) from the frozen payload in dist\infoline-desk\.
;
; - per-user: no administrator rights; the program goes to
;   %LOCALAPPDATA%\Programs\Infoline Desk, shortcuts to the user's Start menu and desktop;
; - upgrade in place: a newer installer over an older one replaces the program files
;   (the old ones first, so nothing stale stays) and never touches the data;
; - the data (database, key file, backups, logs) lives apart from the program, in
;   %LOCALAPPDATA%\Infoline\InfolineDesk (app/paths.py); the uninstaller never removes
;   it and says where it is.

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef PAYLOAD
  !define PAYLOAD "..\..\dist\infoline-desk"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\InfolineDesk-${VERSION}-setup.exe"
!endif
!ifndef LICENCE
  !define LICENCE "..\licenses\GPL-3.0.txt"
!endif
!ifndef ICON
  !define ICON "..\icons\infoline-desk.ico"
!endif

!define PRODUCT "Infoline Desk"
!define EXE "infoline-desk.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\InfolineDesk"
!define DATA_DIR "$LOCALAPPDATA\Infoline\InfolineDesk"

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_TEXT "$(FinishText)"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${LICENCE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "Belarusian"
!insertmacro MUI_LANGUAGE "English"

LangString FinishText ${LANG_RUSSIAN} "Программа установлена. Ваши данные (база, ключ, резервные копии) хранятся отдельно от программы, в папке ${DATA_DIR}; обновление и удаление программы их не затрагивают."
LangString FinishText ${LANG_BELARUSIAN} "Праграма ўсталявана. Вашы даныя (база, ключ, рэзервовыя копіі) захоўваюцца асобна ад праграмы, у папцы ${DATA_DIR}; абнаўленне і выдаленне праграмы іх не кранаюць."
LangString FinishText ${LANG_ENGLISH} "The program is installed. Your data (database, key, backups) is kept apart from the program, in ${DATA_DIR}; upgrading or uninstalling the program never touches it."

LangString StillRunning ${LANG_RUSSIAN} "Infoline Desk сейчас открыт. Закройте программу (данные сохранятся) и нажмите «Повтор»."
LangString StillRunning ${LANG_BELARUSIAN} "Infoline Desk зараз адкрыты. Зачыніце праграму (даныя захаваюцца) і націсніце «Паўтор»."
LangString StillRunning ${LANG_ENGLISH} "Infoline Desk is open. Close it (your data is kept) and press Retry."

LangString DataKept ${LANG_RUSSIAN} "Программа удалена. Ваши данные НЕ удалены: база, ключ и резервные копии остались в папке ${DATA_DIR}. Удалите её вручную, только если данные больше не нужны и сохранены по правилам организации."
LangString DataKept ${LANG_BELARUSIAN} "Праграма выдалена. Вашы даныя НЕ выдалены: база, ключ і рэзервовыя копіі засталіся ў папцы ${DATA_DIR}. Выдаліце яе ўручную, толькі калі даныя больш не патрэбныя і захаваныя па правілах арганізацыі."
LangString DataKept ${LANG_ENGLISH} "The program is uninstalled. Your data was NOT removed: the database, key and backups are still in ${DATA_DIR}. Delete that folder by hand only when the data is no longer needed and has been kept as your organisation requires."

LangString ShortcutName ${LANG_RUSSIAN} "Infoline Desk"
LangString ShortcutName ${LANG_BELARUSIAN} "Infoline Desk"
LangString ShortcutName ${LANG_ENGLISH} "Infoline Desk"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${PRODUCT}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${PRODUCT} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "GPL-3.0-or-later"

; The program's files may not be replaced while it runs: ask to close it.
!macro WaitUntilClosed
  retry_close:
  ClearErrors
  IfFileExists "$INSTDIR\${EXE}" 0 closed
  Rename "$INSTDIR\${EXE}" "$INSTDIR\${EXE}.check"
  IfErrors 0 renamed
  MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" IDRETRY retry_close
  Abort
  renamed:
  Rename "$INSTDIR\${EXE}.check" "$INSTDIR\${EXE}"
  closed:
!macroend

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Infoline Desk" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  !insertmacro WaitUntilClosed
  ; Upgrade in place: the old program files go first (only the program's own files:
  ; the data folder is elsewhere and never named here).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\infoline-desk.exe"
  Delete "$INSTDIR\infoline.exe"
  File /r "${PAYLOAD}\*.*"
  File "/oname=infoline-desk.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\$(ShortcutName).lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\infoline-desk.ico"
  CreateShortcut "$DESKTOP\$(ShortcutName).lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\infoline-desk.ico"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "Infoline"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\infoline-desk.ico"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro WaitUntilClosed
  Delete "$SMPROGRAMS\$(ShortcutName).lnk"
  Delete "$DESKTOP\$(ShortcutName).lnk"
  ; Only the program's files; ${DATA_DIR} (database, key file, backups, logs) stays.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\infoline-desk.exe"
  Delete "$INSTDIR\infoline.exe"
  Delete "$INSTDIR\infoline-desk.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  DetailPrint "$(DataKept)"
  IfSilent +2
  MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)"
SectionEnd
