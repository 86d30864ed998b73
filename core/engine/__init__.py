"""The inference engine: local GGUF models through llama.cpp.

- ``gguf_info`` (with ``gguf_header``): what a model file declares, checked before
  anything loads it.
- ``chat_template`` (with ``template_sandbox``): prompts from the model's own Jinja
  template, rendered in a budgeted sandbox; named templates for models without one.
- ``process``: ``LocalEngine``, the parent side of the model process.
- ``child``, ``batch``, ``sequence``: the model process and its batched decoding.
- ``generation``: ``GenerationRequest`` and ``GenerationResult``.

Importing this package does not load llama.cpp; only the model process does.
"""
