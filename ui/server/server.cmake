# The desktop's side of the PostgreSQL server (issue 13): File > Connect to server..., and the sign-in dialog.
target_sources(parui PRIVATE
    server/ConnectDialog.cpp server/ConnectDialog.h
    server/CopyProcess.cpp server/CopyProcess.h
    server/SignInDialog.cpp server/SignInDialog.h
)
