#include "pages/SetupPage.h"
