# Build Weerwoord on Windows: the one-folder program (dist\weerwoord), its smoke test, and the installer
# (dist\weerwoord-<version>-setup.exe, needs Inno Setup 6: winget install JRSoftware.InnoSetup).
# Silent install and uninstall for managed laptops: see the top of packaging\windows\weerwoord.iss.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
$ErrorActionPreference = "Stop"
$Root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $Root
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3 -m venv .venv }
$Py = "$Root\.venv\Scripts\python.exe"
# the locked versions (packaging\lock\build.txt: the program's packages, the test tools, PyInstaller), each file
# checked against its hash; then Weerwoord itself, built without network by the locked setuptools
& $Py -m pip install --quiet --require-hashes --no-deps -r packaging\lock\build.txt
if ($LASTEXITCODE) { throw "installing the locked packages failed" }
& $Py -m pip install --quiet --no-deps --no-build-isolation -e .
if ($LASTEXITCODE) { throw "installing Weerwoord failed" }
$Version = & $Py -c "import weerwoord; print(weerwoord.__version__)"
New-Item -ItemType Directory -Force build | Out-Null
git archive --format=tar.gz --prefix="weerwoord-$Version/" -o "build\weerwoord-$Version-src.tar.gz" HEAD
& $Py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\weerwoord.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }
& $Py packaging\smoke_test.py dist\weerwoord
if ($LASTEXITCODE) { throw "the smoke test failed" }
$Iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") |
    Where-Object { Test-Path $_ } | Select-Object -First 1
if (-not $Iscc) { throw "Inno Setup 6 not found (winget install JRSoftware.InnoSetup)" }
& $Iscc "/DVersion=$Version" packaging\windows\weerwoord.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
Write-Host "dist\weerwoord-$Version-setup.exe"
