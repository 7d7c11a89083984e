; Reception Console for Windows: a per-machine installer around the PyInstaller folder (installer/windows/build.ps1).
;
;   makensis /DVERSION=0.1.0 /DBUNDLE=..\..\dist\reception-console /DOUTFILE=..\..\dist\ReceptionConsole-0.1.0-setup.exe
;            installer\windows\reception-console.nsi
;
; Silent install for deployment tools (every parameter optional; /D= last, without quotes, as NSIS wants it):
;   ReceptionConsole-0.1.0-setup.exe /S /DBHOST=db.clinic.local /DBPORT=5432 /DBNAME=reception
;       /DBSSLMODE=verify-full /TELEPHONY=baresip /DESKTOP=1 /LOG=C:\Windows\Temp\rc-setup.log
;       /D=C:\Program Files\Reception Console
; The shared-database and telephony parameters go into the machine-wide C:\ProgramData\ReceptionConsole\config.toml
; (never a password: that lives in each user's Windows Credential Manager). A malformed parameter stops the
; installer before it changes anything, with the reason in the log (exit code 2). Installing over an installed
; version upgrades it in place; users' data (%LOCALAPPDATA%\ReceptionConsole) and the machine config are kept,
; and by the uninstaller too.

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION is not defined: makensis /DVERSION=x.y.z"
!endif
!ifndef BUNDLE
  !error "BUNDLE is not defined: makensis /DBUNDLE=path\to\dist\reception-console"
!endif
!ifndef OUTFILE
  !define OUTFILE "ReceptionConsole-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "${BUNDLE}\..\..\resources\icons\reception-console.ico"
!endif

!define APP "Reception Console"
!define APP_ID "ReceptionConsole"
!define EXE "reception-console.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define APP_KEY "Software\${APP_ID}"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "WordFunc.nsh"
!include "TextFunc.nsh"

Name "${APP}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${APP_KEY}" "InstallDir"
BrandingText "${APP} ${VERSION}"

!searchparse /noerrors "${VERSION}" "" V1 "." V2 "." V3
!ifndef V3
  !define V3 0
!endif
VIProductVersion "${V1}.${V2}.${V3}.0"
VIAddVersionKey "ProductName" "${APP}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP} setup"
VIAddVersionKey "CompanyName" "${APP}"
VIAddVersionKey "LegalCopyright" "${APP}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Polish"
!insertmacro MUI_LANGUAGE "Russian"

Var LogFile
Var DbHost
Var DbPort
Var DbName
Var DbSslMode
Var Telephony
Var WantDesktop
Var Problems

; --- the log ---------------------------------------------------------------------------------------------------

!macro Log text
  Push `${text}`
  Call Log
!macroend

Function Log
  Exch $0
  Push $1
  DetailPrint $0
  ClearErrors
  FileOpen $1 $LogFile a
  ${IfNot} ${Errors}
    FileSeek $1 0 END
    FileWrite $1 "$0$\r$\n"
    FileClose $1
  ${EndIf}
  Pop $1
  Pop $0
FunctionEnd

; --- the parameters: read, checked, refused with a reason ---------------------------------------------------------

; ${CheckChars} value allowed-characters name: appends a problem when value has any other character
!macro CheckChars value allowed name
  Push `${value}`
  Push `${allowed}`
  Push `${name}`
  Call CheckChars
!macroend
!define CheckChars "!insertmacro CheckChars"

Function CheckChars
  Exch $2 ; name
  Exch
  Exch $1 ; allowed
  Exch 2
  Exch $0 ; value
  Push $3
  Push $4
  Push $5
  Push $6
  Push $7
  StrLen $4 $0
  StrLen $7 $1
  StrCpy $3 0
  ${DoWhile} $3 < $4
    StrCpy $5 $0 1 $3
    StrCpy $6 0
    ${DoWhile} $6 < $7
      StrCpy $R9 $1 1 $6
      ${If} $R9 == $5
        ${Break}
      ${EndIf}
      IntOp $6 $6 + 1
    ${Loop}
    ${If} $6 == $7
      StrCpy $Problems "$Problems$\r$\n  /$2=$0: the character '$5' is not allowed there"
      ${Break}
    ${EndIf}
    IntOp $3 $3 + 1
  ${Loop}
  Pop $7
  Pop $6
  Pop $5
  Pop $4
  Pop $3
  Pop $0
  Pop $1
  Pop $2
FunctionEnd

!define LETTERS "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
!define DIGITS "0123456789"

Function ReadParameters
  ${GetParameters} $R0
  StrCpy $Problems ""
  ${GetOptions} $R0 "/LOG=" $LogFile
  ${If} $LogFile == ""
    StrCpy $LogFile "$TEMP\reception-console-setup.log"
  ${EndIf}
  ${GetOptions} $R0 "/DBHOST=" $DbHost
  ${GetOptions} $R0 "/DBPORT=" $DbPort
  ${GetOptions} $R0 "/DBNAME=" $DbName
  ${GetOptions} $R0 "/DBSSLMODE=" $DbSslMode
  ${GetOptions} $R0 "/TELEPHONY=" $Telephony
  ${GetOptions} $R0 "/DESKTOP=" $WantDesktop
  ClearErrors
  ${GetOptions} $R0 "/DBPASSWORD=" $R1
  ${IfNot} ${Errors}
    StrCpy $Problems "$Problems$\r$\n  /DBPASSWORD: a password never goes into config.toml; each user stores theirs in the Windows Credential Manager"
  ${EndIf}

  ${If} $DbHost != ""
    ${CheckChars} $DbHost "${LETTERS}${DIGITS}.-_:[]" "DBHOST"
  ${EndIf}
  ${If} $DbPort != ""
    ${CheckChars} $DbPort "${DIGITS}" "DBPORT"
    StrLen $R1 $DbPort
    ${If} $R1 > 5
    ${OrIf} $DbPort < 1
    ${OrIf} $DbPort > 65535
      StrCpy $Problems "$Problems$\r$\n  /DBPORT=$DbPort: a port is a number from 1 to 65535"
    ${EndIf}
  ${EndIf}
  ${If} $DbName != ""
    ${CheckChars} $DbName "${LETTERS}${DIGITS}_-" "DBNAME"
  ${EndIf}
  ${If} $DbSslMode != ""
    ${IfNot} $DbSslMode S== "disable"
    ${AndIfNot} $DbSslMode S== "allow"
    ${AndIfNot} $DbSslMode S== "prefer"
    ${AndIfNot} $DbSslMode S== "require"
    ${AndIfNot} $DbSslMode S== "verify-ca"
    ${AndIfNot} $DbSslMode S== "verify-full"
      StrCpy $Problems "$Problems$\r$\n  /DBSSLMODE=$DbSslMode: one of disable, allow, prefer, require, verify-ca, verify-full"
    ${EndIf}
  ${EndIf}
  ${If} $DbHost == ""
    ${If} $DbPort != ""
    ${OrIf} $DbName != ""
    ${OrIf} $DbSslMode != ""
      StrCpy $Problems "$Problems$\r$\n  /DBPORT, /DBNAME and /DBSSLMODE need /DBHOST (the shared database server)"
    ${EndIf}
  ${ElseIf} $DbName == ""
    StrCpy $Problems "$Problems$\r$\n  /DBHOST needs /DBNAME (the database on that server)"
  ${EndIf}
  ${If} $Telephony != ""
    ${IfNot} $Telephony S== "baresip"
    ${AndIfNot} $Telephony S== "ami"
    ${AndIfNot} $Telephony S== "none"
      StrCpy $Problems "$Problems$\r$\n  /TELEPHONY=$Telephony: one of baresip, ami, none"
    ${EndIf}
  ${EndIf}
  ${If} $WantDesktop != ""
  ${AndIfNot} $WantDesktop == "0"
  ${AndIfNot} $WantDesktop == "1"
    StrCpy $Problems "$Problems$\r$\n  /DESKTOP=$WantDesktop: 1 (a desktop shortcut) or 0"
  ${EndIf}
FunctionEnd

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP} needs 64-bit Windows." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  Call ReadParameters
  !insertmacro Log "${APP} ${VERSION} setup, parameters: $CMDLINE"
  ${If} $Problems != ""
    !insertmacro Log "Nothing was installed or changed. These parameters are malformed:$Problems"
    MessageBox MB_ICONSTOP "Nothing was installed. These parameters are malformed:$Problems" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  ReadRegStr $R0 HKLM "${UNINSTALL_KEY}" "DisplayVersion"
  ${If} $R0 != ""
    !insertmacro Log "Upgrading ${APP} $R0 in $INSTDIR to ${VERSION}"
  ${EndIf}
  ${If} $WantDesktop == "1"
    SectionSetFlags 1 ${SF_SELECTED}
  ${ElseIf} $WantDesktop == "0"
    SectionSetFlags 1 0
  ${EndIf}
FunctionEnd

; --- the machine-wide config.toml ------------------------------------------------------------------------------

; Writes the given [database] and [telephony] keys into C:\ProgramData\ReceptionConsole\config.toml. Every other
; line of an existing file (IT's comments and keys, in any language) is copied byte for byte; the keys the
; parameters set are replaced. The old file is kept as config.toml.bak.
Function WriteMachineConfig
  ${If} $DbHost == ""
  ${AndIf} $Telephony == ""
    Return
  ${EndIf}
  StrCpy $R9 "$APPDATA\${APP_ID}"  ; $APPDATA is ProgramData with SetShellVarContext all
  CreateDirectory $R9
  StrCpy $R8 "$R9\config.toml"
  StrCpy $R7 "$R9\config.toml.writing"
  StrCpy $R6 ""  ; the table of the line being read
  StrCpy $R5 0   ; [database] written
  StrCpy $R4 0   ; [telephony] written
  FileOpen $R1 $R7 w
  ${If} ${FileExists} $R8
    CopyFiles /SILENT $R8 "$R9\config.toml.bak"
    FileOpen $R0 $R8 r   ; read as text, to see tables and keys (they are ASCII)
    FileOpen $R3 $R8 r   ; read as bytes, to copy lines exactly
    ${Do}
      FileSeek $R0 0 CUR $R2
      StrCpy $9 $R2      ; where the line starts
      ClearErrors
      FileRead $R0 $R2
      ${If} ${Errors}
        ${Break}
      ${EndIf}
      FileSeek $R0 0 CUR $8  ; where it ends
      Push $R2
      Call TableOf
      Pop $7
      ${If} $7 != ""
        StrCpy $R6 $7
        Call CopyLine
        ${If} $R6 == "database"
        ${AndIf} $DbHost != ""
          Call WriteDatabaseKeys
          StrCpy $R5 1
        ${ElseIf} $R6 == "telephony"
        ${AndIf} $Telephony != ""
          Call WriteTelephonyKeys
          StrCpy $R4 1
        ${EndIf}
        ${Continue}
      ${EndIf}
      Push $R2
      Call KeyOf
      Pop $7
      ${If} $R6 == "database"
      ${AndIf} $DbHost != ""
        ${If} $7 == "host"
        ${OrIf} $7 == "port"
        ${OrIf} $7 == "name"
        ${OrIf} $7 == "sslmode"
        ${OrIf} $7 == "url"
          ${Continue}  ; replaced (a url would hide the server the parameters name)
        ${EndIf}
      ${EndIf}
      ${If} $R6 == "telephony"
      ${AndIf} $Telephony != ""
      ${AndIf} $7 == "source"
        ${Continue}
      ${EndIf}
      Call CopyLine
    ${Loop}
    FileClose $R3
    FileClose $R0
  ${Else}
    FileWrite $R1 "# Reception Console: settings for every user of this PC, written by its installer.$\r$\n"
    FileWrite $R1 "# A user's own config.toml (%LOCALAPPDATA%\${APP_ID}) overrides them. Never a password here.$\r$\n"
  ${EndIf}
  ${If} $R5 == 0
  ${AndIf} $DbHost != ""
    FileWrite $R1 "$\r$\n[database]$\r$\n"
    Call WriteDatabaseKeys
  ${EndIf}
  ${If} $R4 == 0
  ${AndIf} $Telephony != ""
    FileWrite $R1 "$\r$\n[telephony]$\r$\n"
    Call WriteTelephonyKeys
  ${EndIf}
  FileClose $R1
  Delete $R8
  Rename $R7 $R8
  !insertmacro Log "Machine settings written to $R8"
FunctionEnd

; copies bytes $9 … $8 of the old file ($R3) to the new one ($R1), with a line end if the line had none
Function CopyLine
  Push $0
  Push $1
  FileSeek $R3 $9 SET
  StrCpy $0 $9
  StrCpy $1 ""
  ${DoWhile} $0 < $8
    FileReadByte $R3 $1
    FileWriteByte $R1 $1
    IntOp $0 $0 + 1
  ${Loop}
  ${If} $1 != 10
    FileWrite $R1 "$\r$\n"
  ${EndIf}
  Pop $1
  Pop $0
FunctionEnd

Function WriteDatabaseKeys
  FileWrite $R1 'host = "$DbHost"$\r$\n'
  ${If} $DbPort != ""
    FileWrite $R1 "port = $DbPort$\r$\n"
  ${EndIf}
  FileWrite $R1 'name = "$DbName"$\r$\n'
  ${If} $DbSslMode != ""
    FileWrite $R1 'sslmode = "$DbSslMode"$\r$\n'
  ${EndIf}
FunctionEnd

Function WriteTelephonyKeys
  ${If} $Telephony S== "none"
    FileWrite $R1 'source = ""$\r$\n'
  ${Else}
    FileWrite $R1 'source = "$Telephony"$\r$\n'
  ${EndIf}
FunctionEnd

; " text  " -> "text" (spaces, tabs and line ends)
Function Trim
  Exch $0
  Push $1
  ${Do}
    StrCpy $1 $0 1
    ${If} $1 == " "
    ${OrIf} $1 == "$\t"
      StrCpy $0 $0 "" 1
    ${Else}
      ${Break}
    ${EndIf}
  ${Loop}
  ${Do}
    StrCpy $1 $0 1 -1
    ${If} $1 == " "
    ${OrIf} $1 == "$\t"
    ${OrIf} $1 == "$\r"
    ${OrIf} $1 == "$\n"
      StrCpy $0 $0 -1
    ${Else}
      ${Break}
    ${EndIf}
  ${Loop}
  Pop $1
  Exch $0
FunctionEnd

; the table a header line opens ("[database]  # comment" -> "database"), or ""
Function TableOf
  Call Trim
  Exch $0
  Push $1
  StrCpy $1 $0 1
  ${If} $1 != "["
    StrCpy $0 ""
  ${Else}
    ${WordFind} "$0" "]" "E+1{" $0
    ${If} ${Errors}
      StrCpy $0 ""
    ${Else}
      StrCpy $0 $0 "" 1
      Push $0
      Call Trim
      Pop $0
    ${EndIf}
  ${EndIf}
  Pop $1
  Exch $0
FunctionEnd

; the key of a line "  key = value", or "" for comments and blank lines
Function KeyOf
  Exch $0
  Push $1
  StrCpy $1 $0 1
  ${WordFind} "$0" "=" "E+1{" $1
  ${If} ${Errors}
    StrCpy $0 ""
  ${Else}
    Push $1
    Call Trim
    Pop $0
  ${EndIf}
  Pop $1
  Exch $0
FunctionEnd

!macro RegisterScheme scheme
  ReadRegStr $0 HKLM "Software\Classes\${scheme}\shell\open\command" ""
  ${If} $0 == ""
  ${OrIf} $0 == '"$INSTDIR\${EXE}" "%1"'
    WriteRegStr HKLM "Software\Classes\${scheme}" "" "URL:${scheme}"
    WriteRegStr HKLM "Software\Classes\${scheme}" "URL Protocol" ""
    WriteRegStr HKLM "Software\Classes\${scheme}\DefaultIcon" "" "$INSTDIR\${EXE},0"
    WriteRegStr HKLM "Software\Classes\${scheme}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
    WriteRegStr HKLM "${APP_KEY}" "owns-${scheme}" "1"
  ${Else}
    !insertmacro Log "${scheme}: links stay with $0 (choose ${APP} in Settings > Default apps)"
  ${EndIf}
!macroend

; --- what is installed -----------------------------------------------------------------------------------------

Section "!${APP}" SecMain
  SectionIn RO
  SetRegView 64
  SetShellVarContext all
  ; an upgrade replaces the program folder's contents; nothing of the users' lives there
  ${If} ${FileExists} "$INSTDIR\_internal\*.*"
    RMDir /r "$INSTDIR\_internal"
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  !insertmacro Log "Program files installed in $INSTDIR"

  WriteRegStr HKLM "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; tel: and callto: links: offered to Windows (Settings > Default apps), and taken where nothing else has them
  WriteRegStr HKLM "Software\Classes\${APP_ID}.tel" "" "Telephone number"
  WriteRegStr HKLM "Software\Classes\${APP_ID}.tel" "URL Protocol" ""
  WriteRegStr HKLM "Software\Classes\${APP_ID}.tel\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKLM "Software\Classes\${APP_ID}.tel\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  WriteRegStr HKLM "${APP_KEY}\Capabilities" "ApplicationName" "${APP}"
  WriteRegStr HKLM "${APP_KEY}\Capabilities" "ApplicationDescription" "The clinic's card when the phone rings"
  WriteRegStr HKLM "${APP_KEY}\Capabilities\URLAssociations" "tel" "${APP_ID}.tel"
  WriteRegStr HKLM "${APP_KEY}\Capabilities\URLAssociations" "callto" "${APP_ID}.tel"
  WriteRegStr HKLM "Software\RegisteredApplications" "${APP}" "${APP_KEY}\Capabilities"
  !insertmacro RegisterScheme "tel"
  !insertmacro RegisterScheme "callto"

  Call WriteMachineConfig
  !insertmacro Log "${APP} ${VERSION} installed"
SectionEnd

Section /o "Desktop shortcut" SecDesktop
  SetShellVarContext all
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd


; --- uninstall: the program, its shortcuts and registrations; never users' data or the machine config -----------

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  StrCpy $LogFile "$TEMP\reception-console-setup.log"
FunctionEnd

!macro UnregisterScheme scheme
  ReadRegStr $0 HKLM "${APP_KEY}" "owns-${scheme}"
  ${If} $0 == "1"
    DeleteRegKey HKLM "Software\Classes\${scheme}"
  ${EndIf}
!macroend

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  !insertmacro UnregisterScheme "tel"
  !insertmacro UnregisterScheme "callto"
  DeleteRegKey HKLM "Software\Classes\${APP_ID}.tel"
  DeleteRegValue HKLM "Software\RegisteredApplications" "${APP}"
  DeleteRegKey HKLM "${APP_KEY}"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\reception-console.exe"
  Delete "$INSTDIR\reception-console-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
