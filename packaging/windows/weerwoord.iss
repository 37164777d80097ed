; Inno Setup script: an installer for the one-folder Windows build in dist\weerwoord (see README,
; "Building the installers"). Compile with:  iscc /DVersion=0.1.0 packaging\windows\weerwoord.iss
; Installs per user by default (no administrator rights needed on a managed laptop); PDF is offered in
; "Open with", never made the default PDF viewer.

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
ChangesAssociations=yes

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

[Registry]
; "Open with Weerwoord" for PDF files, without taking over the default (OpenWithProgids only)
Root: HKA; Subkey: "Software\Classes\Weerwoord.PDF"; ValueType: string; ValueName: ""; ValueData: "PDF document"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Weerwoord.PDF\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\weerwoord.exe,0"
Root: HKA; Subkey: "Software\Classes\Weerwoord.PDF\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\weerwoord.exe"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithProgids"; ValueType: string; ValueName: "Weerwoord.PDF"; ValueData: ""; Flags: uninsdeletevalue

[Run]
Filename: "{app}\weerwoord.exe"; Description: "{cm:LaunchProgram,Weerwoord}"; Flags: nowait postinstall skipifsilent
