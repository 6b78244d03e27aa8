#include "storage/Sha256.h"

#include <QIODevice>

#include <openssl/evp.h>

#include <cstdlib>

namespace par {

namespace {

// Fetched once: OpenSSL 3 looks the algorithm up again at every initialisation given EVP_sha256(), which tripled the
// time of hashing the log's small entries.
const EVP_MD* algorithm()
{
    static const EVP_MD* const md = [] {
        const EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return fetched ? fetched : EVP_sha256();
    }();
    return md;
}

// Every call below fails only without memory or without the default provider, where nothing else would work either.
void check(int ok)
{
    if (ok != 1)
        std::abort();
}

} // namespace

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    if (!m_context)
        std::abort();
    start();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::start()
{
    check(EVP_DigestInit_ex(m_context, algorithm(), nullptr));
}

void Sha256::addData(QByteArrayView data)
{
    check(EVP_DigestUpdate(m_context, data.data(), size_t(data.size())));
}

bool Sha256::addData(QIODevice* device)
{
    if (!device->isReadable())
        return false;
    QByteArray block(1 << 16, Qt::Uninitialized);
    while (!device->atEnd()) {
        const qint64 read = device->read(block.data(), block.size());
        if (read <= 0)
            return false;
        addData(QByteArrayView(block.constData(), read));
    }
    return true;
}

QByteArray Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    check(EVP_DigestFinal_ex(m_context, digest, &size));
    start();
    return QByteArray(reinterpret_cast<const char*>(digest), qsizetype(size)).toHex();
}

QByteArray Sha256::hexHash(QByteArrayView data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.hexResult();
}

} // namespace par
