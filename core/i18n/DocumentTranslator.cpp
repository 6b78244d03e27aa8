#include "i18n/DocumentTranslator.h"

namespace par {

DocumentTranslator::DocumentTranslator(DocumentLanguage language)
    : m_language(language)
{
    m_loaded = m_translator.load(language == DocumentLanguage::English ? QStringLiteral(":/i18n/parindex_en.qm")
                                                                       : QStringLiteral(":/i18n/parindex_vi.qm"));
}

const DocumentTranslator& DocumentTranslator::of(DocumentLanguage language)
{
    static const DocumentTranslator vietnamese(DocumentLanguage::Vietnamese);
    static const DocumentTranslator english(DocumentLanguage::English);
    return language == DocumentLanguage::English ? english : vietnamese;
}

const DocumentTranslator& DocumentTranslator::of(const QString& language)
{
    return of(language == QLatin1String("en") ? DocumentLanguage::English : DocumentLanguage::Vietnamese);
}

QString DocumentTranslator::translate(const char* context, Source source, int n) const
{
    QString text = m_translator.translate(context, source.text, source.disambiguation, n);
    if (text.isNull())
        text = QString::fromUtf8(source.text);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

bool DocumentTranslator::has(const char* context, Source source, int n) const
{
    return !m_translator.translate(context, source.text, source.disambiguation, n).isNull();
}

} // namespace par
