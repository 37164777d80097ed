; Inno Setup script: an installer for the one-folder Windows build in dist\weerwoord (see README,
; "Building the installers"). Compile with:  iscc /DVersion=0.1.0 packaging\windows\weerwoord.iss
; Installs per user by default (no administrator rights needed on a managed laptop). No file association
; yet: `weerwoord open` needs the advice and the response together, which "Open with" cannot pass.
;
; Managed laptops (Intune, SCCM, a login script): Inno Setup's own switches install and remove it unattended.
;   weerwoord-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER   for the user running it
;   weerwoord-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS      for every user (run as
;                                                            administrator or SYSTEM; goes to Program Files)
;   Add /TASKS="desktopicon" for a desktop shortcut, /LOG="C:\path\setup.log" for a log. A silent install does
;   not start the program afterwards (skipifsilent) and closes a running Weerwoord to replace it.
;   Remove:  "<install folder>\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   The uninstaller's command is in the registry (UninstallString, QuietUninstallString) under HKCU (per user)
;   or HKLM (every user): Software\Microsoft\Windows\CurrentVersion\Uninstall\{6E0C5A52-...}_is1 (the AppId
;   below). It removes the program folder and the shortcuts; each user's notes and settings
;   (%LOCALAPPDATA%\Weerwoord) are theirs and stay.
;   Not tried: this script has not yet been compiled or run on Windows (see the README's "Installing").

#ifndef Version
  #define Version "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6E0C5A52-6F0B-4B8E-9E7B-1D2A4B9F5C31}
AppName=Weerwoord
AppVersion={#Version}
AppPublisher=The Weerwoord developers
AppComments=An advisory report and the government's response, side by side. Works offline.
DefaultDirName={autopf}\Weerwoord
DefaultGroupName=Weerwoord
PrivilegesRequired=lowest
; commandline: /ALLUSERS and /CURRENTUSER work in a silent install; dialog: a person may choose when asked
PrivilegesRequiredOverridesAllowed=commandline dialog
CloseApplications=yes
RestartApplications=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#Root}\LICENSE
SetupIconFile={#Root}\resources\icons\weerwoord.ico
UninstallDisplayIcon={app}\weerwoord.exe
OutputDir={#Root}\dist
OutputBaseFilename=weerwoord-{#Version}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\weerwoord\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Weerwoord"; Filename: "{app}\weerwoord.exe"
Name: "{group}\{cm:UninstallProgram,Weerwoord}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Weerwoord"; Filename: "{app}\weerwoord.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\weerwoord.exe"; Description: "{cm:LaunchProgram,Weerwoord}"; Flags: nowait postinstall skipifsilent
