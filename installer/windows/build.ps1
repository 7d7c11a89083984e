<#
.SYNOPSIS
  Builds Reception Console for Windows: the PyInstaller folder, its self-test, and the NSIS installer.

.DESCRIPTION
  Run from any folder on a 64-bit Windows 10/11 machine or CI runner with:
    - Python 3.11 (64-bit) on PATH as `py -3.11` or `python`
    - NSIS 3.08 or newer (makensis on PATH, or installed in its default folder)
  Steps: creates .venv from uv.lock (uv sync --frozen, with the `dist` group and the PostgreSQL extra), builds
  the translations, builds dist\reception-console with installer\reception-console.spec, runs the built
  program's `self-test`, then compiles dist\ReceptionConsole-<version>-setup.exe with makensis.

.PARAMETER SkipSelfTest
  Do not run the built program's self-test (only for machines without any display or keyring at all).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
#>
[CmdletBinding()]
param([switch]$SkipSelfTest)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$Root = Resolve-Path (Join-Path $PSScriptRoot '..\..')
Set-Location $Root

function Invoke-Step([string]$What, [scriptblock]$Command) {
    Write-Host "==> $What"
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)" }
}

$Version = (Select-String -Path 'reception_console\__init__.py' -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value
Write-Host "Reception Console $Version"

# Python and uv (the same uv version as the Makefile's)
$UvVersion = (Select-String -Path 'Makefile' -Pattern 'UV_VERSION\s*:=\s*(\S+)').Matches[0].Groups[1].Value
if (Get-Command py -ErrorAction SilentlyContinue) { $Python = 'py'; $PythonArgs = @('-3.11') }
else { $Python = 'python'; $PythonArgs = @() }
$Boot = Join-Path $Root '.cache\bootstrap'
if (-not (Test-Path "$Boot\Scripts\uv.exe")) {
    Invoke-Step 'bootstrap venv' { & $Python @PythonArgs -m venv $Boot }
    Invoke-Step "uv $UvVersion" { & "$Boot\Scripts\python.exe" -m pip install --quiet --disable-pip-version-check "uv==$UvVersion" }
}
$env:UV_PROJECT_ENVIRONMENT = '.venv'
$env:UV_PYTHON_DOWNLOADS = 'never'
Invoke-Step 'uv sync' { & "$Boot\Scripts\uv.exe" sync --frozen --all-extras --group dist --quiet }
$Py = Join-Path $Root '.venv\Scripts\python.exe'

Invoke-Step 'translations' { & $Py -m reception_console.platform.build_translations }
Invoke-Step 'PyInstaller' {
    & $Py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller `
        installer\reception-console.spec
}
$Bundle = Join-Path $Root 'dist\reception-console'
$Size = (Get-ChildItem $Bundle -Recurse -File | Measure-Object -Property Length -Sum).Sum
Write-Host ("program folder: {0:N1} MB" -f ($Size / 1e6))

if (-not $SkipSelfTest) {
    $env:RECEPTION_CONSOLE_HOME = Join-Path $Root 'build\self-test-home'
    Invoke-Step 'self-test of the built program' { & "$Bundle\reception-console-cli.exe" self-test }
    Remove-Item Env:\RECEPTION_CONSOLE_HOME
}

$MakeNsis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
if (-not $MakeNsis) { $MakeNsis = Join-Path ${env:ProgramFiles(x86)} 'NSIS\makensis.exe' }
if (-not (Test-Path $MakeNsis)) { throw 'makensis not found: install NSIS 3 (choco install nsis)' }
$Setup = Join-Path $Root "dist\ReceptionConsole-$Version-setup.exe"
Invoke-Step 'makensis' {
    & $MakeNsis /V2 /WX "/DVERSION=$Version" "/DBUNDLE=$Bundle" `
        "/DICON=$Root\resources\icons\reception-console.ico" "/DOUTFILE=$Setup" installer\windows\reception-console.nsi
}
Write-Host "installer: $Setup"
