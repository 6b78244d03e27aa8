#include "pages/HistoryPage.h"
