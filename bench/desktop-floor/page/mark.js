// The same end of start-up as Hookbench's page (ui/src/app/startupMark.ts): the mark is set in
// the first animation frame whose paint shows the content, here the static page above.
requestAnimationFrame(() => performance.mark("hookbench:content"));
