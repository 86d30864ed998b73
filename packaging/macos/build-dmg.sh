#!/usr/bin/env bash
# Pack the .app that packaging/handloom.spec's BUNDLE made into a drag-to-Applications .dmg.
#
#   EDITION=base ACCEL=cpu VERSION=0.1.0 packaging/macos/build-dmg.sh
#
# The .app's Info.plist (written by the spec) declares CFBundleDocumentTypes and the
# org.handloom.Handloom.project type for *.handloom, so Finder opens projects in Handloom
# (Qt hands the app a QFileOpenEvent). Signing and notarisation happen in CI when the
# secrets exist (MACOS_SIGN_IDENTITY); an unsigned app opens with right-click ▸ Open.
set -euo pipefail
cd "$(dirname "$0")/../.."

EDITION=${EDITION:-base}
ACCEL=${ACCEL:-cpu}
VERSION=${VERSION:-0.1.0}
case "$EDITION" in
    training) APP_NAME="Handloom with training" ;;
    *) APP_NAME="Handloom" ;;
esac
APP="dist/$EDITION/$APP_NAME.app"
[ -d "$APP" ] || { echo "build-dmg.sh: $APP is missing; run EDITION=$EDITION packaging/build.sh" >&2; exit 1; }

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$APP"
fi

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
DMG="dist/handloom-$VERSION-macos-$(uname -m)-$EDITION-$ACCEL.dmg"
rm -f "$DMG"
hdiutil create -volname "$APP_NAME" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
echo "Built $DMG ($(du -h "$DMG" | cut -f1))"
