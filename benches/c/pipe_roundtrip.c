/* C twin of pipe_roundtrip.py: 10,000 round trips of a small framed
 * message over a socketpair with a forked echo child. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static int read_all(int fd, void *p, size_t n) {
    char *c = p;
    while (n > 0) {
        ssize_t r = read(fd, c, n);
        if (r <= 0) return -1;
        c += r;
        n -= (size_t)r;
    }
    return 0;
}

/* One message: a 4-byte length, then the payload, in one write. */
static void send_msg(int fd, const char *payload, uint32_t len) {
    char buf[256];
    memcpy(buf, &len, 4);
    memcpy(buf + 4, payload, len);
    if (write(fd, buf, 4 + len) != (ssize_t)(4 + len)) _exit(1);
}

static int recv_msg(int fd, char *payload) {
    uint32_t len;
    if (read_all(fd, &len, 4) < 0) return -1;
    if (read_all(fd, payload, len) < 0) return -1;
    return (int)len;
}

int main(void) {
    int sv[2];
    socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    pid_t pid = fork();
    char msg[256];
    if (pid == 0) {
        close(sv[0]);
        int n;
        while ((n = recv_msg(sv[1], msg)) > 0) send_msg(sv[1], msg, (uint32_t)n);
        _exit(0);
    }
    close(sv[1]);
    long long total = 0;
    for (int i = 0; i < 10000; i++) {
        int len = snprintf(msg, sizeof msg, "[%d, 'x', 2.5]", i);
        send_msg(sv[0], msg, (uint32_t)len);
        recv_msg(sv[0], msg);
        int v;
        sscanf(msg + 1, "%d", &v);
        total += v;
    }
    close(sv[0]);
    waitpid(pid, NULL, 0);
    printf("%lld\n", total);
    return 0;
}
