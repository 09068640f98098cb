/* The C twin of fork_exit_wait.py: the floor pyproc is measured against. */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void) {
    long total = 0;
    for (int i = 0; i < 1000; i++) {
        pid_t pid = fork();
        if (pid == 0)
            _exit(i & 7);
        int status;
        waitpid(pid, &status, 0);
        total += WEXITSTATUS(status);
    }
    printf("%ld\n", total);
    return 0;
}
