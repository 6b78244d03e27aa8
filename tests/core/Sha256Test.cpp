// Sha256 (libcrypto) gives the digests the audit chain and the import's file digest were made with
// (QCryptographicHash's): the standard's vectors, any length around the 64-byte block, in pieces or at once, from a
// device, and again after a result.
#include "storage/Sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTemporaryFile>

#include <gtest/gtest.h>

using namespace par;

TEST(Sha256, GivesTheStandardsDigests)
{
    EXPECT_EQ(Sha256::hexHash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(Sha256::hexHash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(Sha256::hexHash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, AgreesWithQtsInPiecesAtOnceAndAfterAResult)
{
    Sha256 reused;
    for (int size : {1, 55, 56, 63, 64, 65, 119, 128, 1000, 70000}) {
        QByteArray data(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            data[i] = char((i * 131 + size) % 256);
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        EXPECT_EQ(Sha256::hexHash(data), expected) << size;
        reused.addData(QByteArrayView(data).first(size / 3));
        reused.addData(QByteArrayView(data).sliced(size / 3));
        EXPECT_EQ(reused.hexResult(), expected) << size;
    }
}

TEST(Sha256, ReadsADeviceToItsEnd)
{
    QByteArray data;
    for (int i = 0; i < 200000; ++i)
        data += char('a' + i % 26);
    const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    QTemporaryFile file;
    ASSERT_TRUE(file.open());
    ASSERT_EQ(file.write(data), data.size());
    ASSERT_TRUE(file.seek(0));
    Sha256 fromFile;
    ASSERT_TRUE(fromFile.addData(&file));
    EXPECT_EQ(fromFile.hexResult(), expected);
    QBuffer closed(&data);
    Sha256 unreadable;
    EXPECT_FALSE(unreadable.addData(&closed));
}
