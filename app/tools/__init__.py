"""Tools that work on the product from outside its screens: the screenshot renderer
(``infoline screenshots``) and the helpers the benchmarks in bench/ call."""
