#include "model/Framework.h"

namespace par {

void Framework::link()
{
    m_byCode.clear();
    for (Criterion& c : criteria)
        c.children.clear();
    for (int i = 0; i < criteria.size(); ++i) {
        Criterion& c = criteria[i];
        m_byCode.insert(c.code, i);
        if (c.parent >= 0) {
            criteria[c.parent].children.append(i);
            c.depth = criteria[c.parent].depth + 1;
        } else {
            c.depth = 0;
        }
    }
}

} // namespace par
