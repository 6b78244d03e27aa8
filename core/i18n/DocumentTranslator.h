#pragma once

#include <QString>
#include <QTranslator>

namespace par {

// The language of a document (a report, an exported file), chosen per document and independent of the window's:
// a Vietnamese report can be written from an English window and the other way round.
enum class DocumentLanguage
{
    Vietnamese,
    English,
};

// Translates the words of a document through the same catalogues as the rest of the program
// (translations/parindex_vi.ts and parindex_en.ts, embedded under :/i18n), with a QTranslator of its own that is
// never installed on the application. The texts are English sources marked with QT_TRANSLATE_NOOP (contexts
// "Report" and "Export"), so lupdate collects them with every tr().
//
// One translator per language, loaded once (function-local statics, so the first use from any thread is safe) and
// only read afterwards: translate() may be called from several threads at once.
class DocumentTranslator
{
public:
    // A source text and its disambiguation, as QT_TRANSLATE_NOOP or QT_TRANSLATE_NOOP3 marks them:
    //     document.translate("Report", QT_TRANSLATE_NOOP3("Report", "Total", "the total row of a table"))
    struct Source
    {
        Source(const char* text_, const char* disambiguation_ = nullptr)
            : text(text_)
            , disambiguation(disambiguation_)
        {
        }
        const char* text;
        const char* disambiguation;
    };

    static const DocumentTranslator& of(DocumentLanguage language);
    // "en" is English; anything else is Vietnamese, the program's default document language.
    static const DocumentTranslator& of(const QString& language);

    DocumentLanguage language() const { return m_language; }
    bool english() const { return m_language == DocumentLanguage::English; }
    // Whether the catalogue was found (it is embedded, so false means a broken build).
    bool loaded() const { return m_loaded; }

    // The translation of source in context; %n (when n >= 0) replaced by n. A message the catalogue lacks comes back
    // as its English source: check-translations.py and the tests keep every message finished, so that does not
    // happen in a release.
    QString translate(const char* context, Source source, int n = -1) const;
    // Whether the catalogue has a translation for it (for the tests).
    bool has(const char* context, Source source, int n = -1) const;

    DocumentTranslator(const DocumentTranslator&) = delete;
    DocumentTranslator& operator=(const DocumentTranslator&) = delete;

private:
    explicit DocumentTranslator(DocumentLanguage language);

    DocumentLanguage m_language;
    QTranslator m_translator;
    bool m_loaded = false;
};

} // namespace par
