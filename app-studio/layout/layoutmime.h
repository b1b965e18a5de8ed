// SPDX-License-Identifier: MIT
#pragma once

// The drag-and-drop payloads between the palette, the field list, the layout grid and
// the tray are defined once, in designer/fieldmime.h (kFieldTypeMime, kFieldMime).
#include "designer/fieldmime.h"
