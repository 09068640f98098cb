/* The C twin of popen_spawn.py: posix_spawn + waitpid, and spawn with a pipe
 * for stdout read to the end. */
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int main(void) {
    long total = 0;
    for (int i = 0; i < 300; i++) {
        pid_t pid;
        char *argv[] = {"true", NULL};
        posix_spawnp(&pid, "true", NULL, NULL, argv, environ);
        int status;
        waitpid(pid, &status, 0);
        total += WEXITSTATUS(status);
    }
    for (int i = 0; i < 100; i++) {
        int fds[2];
        pipe(fds);
        posix_spawn_file_actions_t fa;
        posix_spawn_file_actions_init(&fa);
        posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
        posix_spawn_file_actions_addclose(&fa, fds[0]);
        char num[16];
        snprintf(num, sizeof num, "%d", i);
        char *argv[] = {"echo", num, NULL};
        pid_t pid;
        posix_spawnp(&pid, "echo", &fa, NULL, argv, environ);
        posix_spawn_file_actions_destroy(&fa);
        close(fds[1]);
        char buf[64];
        ssize_t n;
        while ((n = read(fds[0], buf, sizeof buf)) > 0)
            total += n;
        close(fds[0]);
        int status;
        waitpid(pid, &status, 0);
    }
    printf("%ld\n", total);
    return 0;
}
