package org.paperkg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.*;

class UrlsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "http://github.com/Owner/Repo|https://github.com/Owner/Repo|true",
            "https://www.github.com/owner/repo.git|https://github.com/owner/repo|true",
            "https://GitHub.com/owner/repo/tree/main/src|https://github.com/owner/repo|true",
            "https://github.com/owner/repo/blob/master/incontext.|https://github.com/owner/repo|true",
            "github.com/owner/repo/|https://github.com/owner/repo|true",
            "https://gitlab.com/group/project.|https://gitlab.com/group/project|true",
            "https://bitbucket.org/team/code|https://bitbucket.org/team/code|true",
            "https://huggingface.co/Org/Model-base.|https://huggingface.co/Org/Model-base|true",
            "https://huggingface.co/datasets/org/data/tree/main|https://huggingface.co/datasets/org/data|true",
            "https://huggingface.co/papers/2401.00001|https://huggingface.co/papers/2401.00001|false",
            "https://github.com/someuser|https://github.com/someuser|false",
            "http://www.Example.ORG/project/|https://example.org/project|false",
            "https://site.github.io/page.html.|https://site.github.io/page.html|false",
            "https://aka.ms/icl.|https://aka.ms/icl|false",
            "https://en.wikipedia.org/wiki/Foo_(bar))|https://en.wikipedia.org/wiki/Foo_(bar)|false",
    })
    void normalizes(String raw, String expected, boolean repository) {
        var link = Urls.normalize(raw).orElseThrow();
        assertEquals(expected, link.url());
        assertEquals(repository, link.codeRepository());
    }

    @ParameterizedTest
    @CsvSource({"https://", "http://-bad-.com/x", "https://localhost", "https://exa mple.com"})
    void refusesAddressesWithoutAValidHost(String raw) {
        assertTrue(Urls.normalize(raw).isEmpty(), raw);
    }
}
