package io.teamsdr.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.databind.ser.std.ReferenceTypeSerializer;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import com.fasterxml.jackson.databind.util.NameTransformer;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads and writes {@link Optional}, and reads {@link OptionalLong}, the way the payloads need them,
 * with databind's own support for reference types: JSON {@code null} or a missing field is empty, a
 * value is present, and an empty optional counts as absent for {@code NON_ABSENT} inclusion. It stands
 * in for the jackson-datatype-jdk8 module, whose other types the SDK never binds, to keep the runtime
 * dependencies small.
 */
final class OptionalModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    OptionalModule() {
        super("teamsdr-optional");
        addDeserializer(OptionalLong.class, new OptionalLongDeserializer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addTypeModifier(new OptionalAsReference());
        context.addSerializers(new Serializers.Base() {
            @Override
            public JsonSerializer<?> findReferenceSerializer(SerializationConfig config, ReferenceType type,
                                                             BeanDescription bean, TypeSerializer contentTypeSerializer,
                                                             JsonSerializer<Object> contentSerializer) {
                return type.hasRawClass(Optional.class)
                        ? new OptionalSerializer(type, contentTypeSerializer, contentSerializer) : null;
            }
        });
        context.addDeserializers(new Deserializers.Base() {
            @Override
            public JsonDeserializer<?> findReferenceDeserializer(ReferenceType type, DeserializationConfig config,
                                                                 BeanDescription bean, TypeDeserializer contentTypeDeserializer,
                                                                 JsonDeserializer<?> contentDeserializer) {
                return type.hasRawClass(Optional.class)
                        ? new OptionalDeserializer(type, null, contentTypeDeserializer, contentDeserializer) : null;
            }
        });
    }

    /** Tells databind that {@code Optional<T>} holds a {@code T}, as it knows {@code AtomicReference<T>} does. */
    private static final class OptionalAsReference extends TypeModifier implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public JavaType modifyType(JavaType type, Type jdkType, com.fasterxml.jackson.databind.type.TypeBindings bindings,
                                   TypeFactory typeFactory) {
            if (type.isReferenceType() || type.isContainerType() || type.getRawClass() != Optional.class) {
                return type;
            }
            return ReferenceType.upgradeFrom(type, type.containedTypeOrUnknown(0));
        }
    }

    /** Writes the value an optional holds; an empty one is absent. */
    private static final class OptionalSerializer extends ReferenceTypeSerializer<Optional<?>> {
        private static final long serialVersionUID = 1L;

        OptionalSerializer(ReferenceType type, TypeSerializer valueTypeSerializer, JsonSerializer<Object> valueSerializer) {
            super(type, true, valueTypeSerializer, valueSerializer);
        }

        private OptionalSerializer(OptionalSerializer base, BeanProperty property, TypeSerializer valueTypeSerializer,
                                   JsonSerializer<?> valueSerializer, NameTransformer unwrapper,
                                   Object suppressableValue, boolean suppressNulls) {
            super(base, property, valueTypeSerializer, valueSerializer, unwrapper, suppressableValue, suppressNulls);
        }

        @Override
        protected ReferenceTypeSerializer<Optional<?>> withResolved(BeanProperty property, TypeSerializer valueTypeSerializer,
                                                                   JsonSerializer<?> valueSerializer, NameTransformer unwrapper) {
            return new OptionalSerializer(this, property, valueTypeSerializer, valueSerializer, unwrapper,
                    _suppressableValue, _suppressNulls);
        }

        @Override
        public ReferenceTypeSerializer<Optional<?>> withContentInclusion(Object suppressableValue, boolean suppressNulls) {
            return new OptionalSerializer(this, _property, _valueTypeSerializer, _valueSerializer, _unwrapper,
                    suppressableValue, suppressNulls);
        }

        @Override
        protected boolean _isValuePresent(Optional<?> value) {
            return value.isPresent();
        }

        @Override
        protected Object _getReferenced(Optional<?> value) {
            return value.get();
        }

        @Override
        protected Object _getReferencedIfPresent(Optional<?> value) {
            return value.orElse(null);
        }
    }

    /** Reads a value into an optional; {@code null} or a missing field is empty. */
    private static final class OptionalDeserializer extends ReferenceTypeDeserializer<Optional<?>> {
        private static final long serialVersionUID = 1L;

        OptionalDeserializer(JavaType type, ValueInstantiator instantiator, TypeDeserializer typeDeserializer,
                             JsonDeserializer<?> deserializer) {
            super(type, instantiator, typeDeserializer, deserializer);
        }

        @Override
        protected ReferenceTypeDeserializer<Optional<?>> withResolved(TypeDeserializer typeDeserializer,
                                                                      JsonDeserializer<?> valueDeserializer) {
            return new OptionalDeserializer(_fullType, _valueInstantiator, typeDeserializer, valueDeserializer);
        }

        @Override
        public Optional<?> getNullValue(DeserializationContext context) {
            return Optional.empty();
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return Optional.empty();
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return Optional.empty();
        }

        @Override
        public Optional<?> referenceValue(Object contents) {
            return Optional.ofNullable(contents);
        }

        @Override
        public Object getReferenced(Optional<?> reference) {
            return reference.orElse(null);
        }

        @Override
        public Optional<?> updateReference(Optional<?> reference, Object contents) {
            return Optional.ofNullable(contents);
        }
    }

    /** Reads a JSON number into an {@link OptionalLong}; {@code null} or a missing field is empty. */
    private static final class OptionalLongDeserializer extends StdScalarDeserializer<OptionalLong> {
        private static final long serialVersionUID = 1L;

        OptionalLongDeserializer() {
            super(OptionalLong.class);
        }

        @Override
        public OptionalLong deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.currentToken().isNumeric()) {
                return (OptionalLong) context.handleUnexpectedToken(OptionalLong.class, parser);
            }
            return OptionalLong.of(parser.getLongValue());
        }

        @Override
        public OptionalLong getNullValue(DeserializationContext context) {
            return OptionalLong.empty();
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return OptionalLong.empty();
        }
    }
}
