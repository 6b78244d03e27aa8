#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace par {

// One error type for the whole core: failures are values, never exceptions.
// The kind maps directly onto the command line's exit codes.
struct Error
{
    enum Kind
    {
        Usage = 1, // the caller asked for something that does not make sense
        Input = 2, // a file or value was refused; nothing was changed
        Storage = 3, // the database could not be read or written
    };
    Kind kind = Input;
    QString message;

    static Error usage(const QString& message) { return {Usage, message}; }
    static Error input(const QString& message) { return {Input, message}; }
    static Error storage(const QString& message) { return {Storage, message}; }
};

// A value or the error that prevented it.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

inline Status success()
{
    return Done {};
}

} // namespace par
