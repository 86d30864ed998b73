; Inno Setup script for Handloom on Windows: installs the PyInstaller one-folder app,
; a Start-menu entry with the loom icon, and the .handloom file association.
;
;   iscc /DEdition=base /DAccel=cpu /DAppVersion=0.1.0 packaging\windows\handloom.iss
;
; run from the repository root after `EDITION=base pyinstaller packaging\handloom.spec
; --distpath dist\base` (packaging/build.sh does both). Per-user install by default (no
; administrator rights needed), per-machine when the person chooses it.

#ifndef Edition
  #define Edition "base"
#endif
#ifndef Accel
  #define Accel "cpu"
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppId "handloom"
#define FileExtension ".handloom"
#define MimeType "application/x-handloom"
#define ProgId "Handloom.Project"
#if Edition == "training"
  #define AppName "Handloom with training"
#else
  #define AppName "Handloom"
#endif

[Setup]
AppId={{6B1F3C2A-8E4D-4F7A-9C35-2D0E5A7B91C4}-{#Edition}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Handloom contributors
AppPublisherURL=https://github.com/handloom/handloom
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=handloom.ico
UninstallDisplayIcon={app}\{#AppId}.exe
OutputDir=..\..\dist
OutputBaseFilename={#AppId}-{#AppVersion}-windows-x64-{#Edition}-{#Accel}-setup
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "Open .handloom project files with {#AppName}"; GroupDescription: "File types:"

[Files]
Source: "..\..\dist\{#Edition}\{#AppId}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "handloom.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppId}.exe"; IconFilename: "{app}\handloom.ico"; AppUserModelID: "Handloom.Handloom"
Name: "{group}\{#AppName} command line"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#AppId}-cli.exe"" --help"; WorkingDir: "{userdocs}"; IconFilename: "{app}\handloom.ico"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppId}.exe"; IconFilename: "{app}\handloom.ico"; Tasks: desktopicon

[Registry]
; .handloom → Handloom.Project → "handloom.exe" "%1" (app.launcher opens a lone .handloom argument
; in the window). HKA is HKCU for a per-user install and HKLM for a per-machine one.
Root: HKA; Subkey: "Software\Classes\{#FileExtension}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#FileExtension}"; ValueType: string; ValueName: "Content Type"; ValueData: "{#MimeType}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#FileExtension}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Handloom project"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\handloom.ico,0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppId}.exe"" ""%1"""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppId}.exe\SupportedTypes"; ValueType: string; ValueName: "{#FileExtension}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppId}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
