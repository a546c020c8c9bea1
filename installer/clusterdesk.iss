; Inno Setup script: wraps the one-folder bundle (dist\ClusterDesk) into a Windows installer.
; Build the bundle on Windows first (see installer\README.md), then: iscc installer\clusterdesk.iss
#define AppName "ClusterDesk"
#define AppVersion "0.1.0"
#define BundleDir "..\dist\ClusterDesk"

[Setup]
AppId={{6E0B4F2A-7C1D-4B8E-9A55-3D2C1F0A9B11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=ClusterDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=ClusterDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\clusterdesk.ico
UninstallDisplayIcon={app}\clusterdesk.exe
Compression=lzma2
SolidCompression=yes
ChangesAssociations=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\clusterdesk.exe"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\clusterdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; Saved projects open in ClusterDesk when double-clicked.
Root: HKA; Subkey: "Software\Classes\.clusterdesk-project"; ValueType: string; ValueName: ""; ValueData: "ClusterDesk.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ClusterDesk.Project"; ValueType: string; ValueName: ""; ValueData: "ClusterDesk project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ClusterDesk.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\clusterdesk.exe,0"
Root: HKA; Subkey: "Software\Classes\ClusterDesk.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\clusterdesk.exe"" ""%1"""

[Run]
Filename: "{app}\clusterdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
