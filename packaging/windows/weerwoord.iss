; Inno Setup script: an installer for the one-folder Windows build in dist\weerwoord (see README,
; "Building the installers"). Compile with:  iscc /DVersion=0.1.0 packaging\windows\weerwoord.iss
; Installs per user by default (no administrator rights needed on a managed laptop). No file association
; yet: `weerwoord open` needs the advice and the response together, which "Open with" cannot pass.

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
PrivilegesRequiredOverridesAllowed=dialog
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
